/** The bureau chosen on the planner, remembered on this device and mirrored in the URL (`?bureau=`). */
import { chooseBureau } from '../plan/bureau-choice';

const KEY = 'kofuritsu-plan-bureau';

/** The bureau to open on: the URL's if it names one, else the remembered one (storage may be off: then none). */
export function restoreBureau(bureaus: readonly string[]): string {
	let remembered: string | null = null;
	try {
		remembered = localStorage.getItem(KEY);
	} catch {
		remembered = null;
	}
	return chooseBureau(new URL(location.href).searchParams.get('bureau'), remembered, bureaus);
}

/** Remembers the choice and puts it in the URL, so a copied link opens on the same bureau. */
export function rememberBureau(bureau: string, replaceUrl: (url: URL) => void): void {
	try {
		localStorage.setItem(KEY, bureau);
	} catch {
		// Storage off (private mode): the URL still carries the choice.
	}
	const url = new URL(location.href);
	if (bureau) url.searchParams.set('bureau', bureau);
	else url.searchParams.delete('bureau');
	if (url.href !== location.href) replaceUrl(url);
}
