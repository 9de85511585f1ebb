/**
 * The plan kept in a file on the bureau's shared folder through the File System Access API
 * (Chromium and Edge, in a secure context). IndexedDB stays the working copy; this keeps the file
 * in step with it: every sync reads the file first and, when a colleague saved since, merges it
 * event by event into the local copy (merge.ts), then writes the local plan back — holding each
 * conflicted event (and a conflicting budget) at the colleague's version until the user chooses
 * (shared-file.ts). Syncs run after local changes (debounced), when the file's lastModified moves
 * (polled), and when the window regains focus. The file handle is kept in IndexedDB so a later
 * visit can reopen the same file after asking for permission again.
 */
import { parsePlanFile, recordsOf, companyRecordsOf, toPlanFile, checkPlanFileSize, type PlanFileMeta } from '../plan/plan-file';
import { mergePlans, type MergeConflict } from '../plan/merge';
import { companiesToWrite, contentKey, contentToWrite, mergedCount } from '../plan/shared-file';
import type { CompanyRecord } from '../plan/revision';
import type { CompanyConflict } from '../plan/conflict-view';
import type { SubsidyRule } from '../plan/subsidy-rule';
import type { Company } from '../plan/companies';
import type { KnownCodes } from '../plan/event-checks';
import type { PlanRecord } from '../plan/revision';
import { importPlan, loadBudget, loadCompanyRecords, loadRecords, loadSubsidyRule } from './plan-store';
import { ja } from '../messages/ja';

/** The parts of the API TypeScript's DOM library does not describe yet. */
type Permission = 'granted' | 'denied' | 'prompt';
export interface SharedHandle extends FileSystemFileHandle {
	queryPermission?(options: { mode: 'readwrite' }): Promise<Permission>;
	requestPermission?(options: { mode: 'readwrite' }): Promise<Permission>;
}
interface PickerWindow {
	showOpenFilePicker?(options: object): Promise<SharedHandle[]>;
	showSaveFilePicker?(options: object): Promise<SharedHandle>;
}
const PICKER_TYPES = [{ description: 'Kofuritsu 計画ファイル', accept: { 'application/json': ['.json'] } }];

export type FileAccess = 'ok' | 'no-api' | 'insecure';

/** Whether this browser, on this connection, can keep a shared file open. */
export function fileAccess(): FileAccess {
	if (typeof window === 'undefined') return 'no-api';
	const w = window as unknown as PickerWindow;
	if (!w.showOpenFilePicker || !w.showSaveFilePicker) return window.isSecureContext ? 'no-api' : 'insecure';
	return 'ok';
}

export async function pickOpen(): Promise<SharedHandle> {
	const [handle] = await (window as unknown as PickerWindow).showOpenFilePicker!({ types: PICKER_TYPES, multiple: false });
	return handle;
}

export async function pickSave(suggestedName: string): Promise<SharedHandle> {
	return (window as unknown as PickerWindow).showSaveFilePicker!({ types: PICKER_TYPES, suggestedName });
}

/** Asks for read-write permission (needs the user's click when not already granted). */
export async function permitted(handle: SharedHandle): Promise<boolean> {
	const options = { mode: 'readwrite' as const };
	if (!handle.queryPermission || (await handle.queryPermission(options)) === 'granted') return true;
	return (await handle.requestPermission?.(options)) === 'granted';
}

// The handle is remembered in its own small database, apart from the plan's.
const HANDLE_DB = 'kofuritsu-plan-file';
function handleStore<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(HANDLE_DB, 1);
		open.onupgradeneeded = () => open.result.createObjectStore('handles');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const request = body(db.transaction('handles', mode).objectStore('handles'));
			request.onsuccess = () => (db.close(), resolve(request.result));
			request.onerror = () => (db.close(), reject(request.error));
		};
	});
}
export const rememberHandle = (handle: SharedHandle) => handleStore('readwrite', (s) => s.put(handle, 'shared')).then(() => undefined);
export const forgetHandle = () => handleStore('readwrite', (s) => s.delete('shared')).then(() => undefined);
export const rememberedHandle = () => handleStore<SharedHandle | undefined>('readonly', (s) => s.get('shared')).catch(() => undefined);

export interface SharedState {
	file: string;
	phase: 'working' | 'ready' | 'failed';
	/** When the file last matched the local plan (written or found equal). */
	savedAt: Date | null;
	wrote: boolean;
	/** The last time a colleague's changes came in, and how many events they touched. */
	merged: { count: number; at: Date } | null;
	conflicts: MergeConflict[];
	/** Companies both sides changed: held at the colleague's version in the file until chosen. */
	companyConflicts: CompanyConflict[];
	budgetConflict: { local: number; incoming: number } | null;
	error: string | null;
}

export interface SharedFileOptions {
	knownCodes: KnownCodes;
	/** The bureau the page shows, written into a file that names none yet. */
	bureau: () => string;
	onstate: (state: SharedState) => void;
	/** The local plan changed because of the file: the page reloads it. */
	onmerged: () => void;
	/** Save-as: the user agreed to replace whatever the chosen file held if it is not a plan. */
	replaceForeign?: boolean;
}

const POLL_MS = 2000;
const DEBOUNCE_MS = 400;

export class SharedPlanFile {
	state: SharedState;
	private seen: { lastModified: number; size: number } | null = null;
	private fileRecords: PlanRecord[] = [];
	private fileBudget: number | null = null;
	private fileMeta: PlanFileMeta = {};
	private fileCompanies: CompanyRecord[] = [];
	private fileRule: SubsidyRule | null = null;
	private writtenKey: string | null = null;
	private running: Promise<void> | null = null;
	private again = false;
	private timers: ReturnType<typeof setTimeout>[] = [];
	private debounce: ReturnType<typeof setTimeout> | null = null;
	private channel: BroadcastChannel | null = null;
	private stopped = false;

	constructor(
		readonly handle: SharedHandle,
		private options: SharedFileOptions
	) {
		this.state = { file: handle.name, phase: 'working', savedAt: null, wrote: false, merged: null, conflicts: [], companyConflicts: [], budgetConflict: null, error: null };
	}

	/** Starts keeping the file in step: a first sync now, then on changes, on focus and by polling. */
	start(): Promise<void> {
		// Hears the plan store's announcements from this tab and the others (a second channel object receives them).
		this.channel = new BroadcastChannel('kofuritsu-plan');
		this.channel.onmessage = () => this.soon();
		window.addEventListener('focus', this.onFocus);
		document.addEventListener('visibilitychange', this.onFocus);
		this.timers.push(setInterval(() => void this.poll(), POLL_MS));
		return this.sync();
	}

	stop(): void {
		this.stopped = true;
		this.channel?.close();
		window.removeEventListener('focus', this.onFocus);
		document.removeEventListener('visibilitychange', this.onFocus);
		for (const t of this.timers) clearInterval(t);
		if (this.debounce) clearTimeout(this.debounce);
	}

	/** The user chose a budget: the file may take the local one again. */
	budgetSettled(): void {
		this.state = { ...this.state, budgetConflict: null };
		this.soon();
	}

	/** A local change: sync shortly (several quick changes make one write). */
	soon(): void {
		if (this.stopped) return;
		if (this.debounce) clearTimeout(this.debounce);
		this.debounce = setTimeout(() => void this.sync(), DEBOUNCE_MS);
	}

	private onFocus = () => {
		if (document.visibilityState === 'visible') void this.sync();
	};

	private async poll(): Promise<void> {
		if (this.stopped || this.running || document.visibilityState !== 'visible') return;
		try {
			const file = await this.handle.getFile();
			if (!this.seen || file.lastModified !== this.seen.lastModified || file.size !== this.seen.size) await this.sync();
		} catch (error) {
			this.fail(error);
		}
	}

	/** One read-merge-write round; a request during a round runs one more round after it. */
	sync(): Promise<void> {
		if (this.stopped) return Promise.resolve();
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = this.round()
			.catch((error) => this.fail(error))
			.finally(() => {
				this.running = null;
				if (this.again && !this.stopped) {
					this.again = false;
					void this.sync();
				}
			});
		return this.running;
	}

	private async round(): Promise<void> {
		this.emit({ phase: 'working', error: null });
		let merged = await this.readIfChanged();
		const [local, localBudget, localCompanies, localRule] = await Promise.all([loadRecords(), loadBudget(), loadCompanyRecords(), loadSubsidyRule()]);
		const conflicts = mergePlans(local, this.fileRecords).conflicts;
		const budgetConflict = this.state.budgetConflict;
		// Companies merge like events; one changed on both sides stays at the colleague's version in the file.
		const companyConflicts = mergePlans<Company>(localCompanies, this.fileCompanies).conflicts;
		const content = {
			...contentToWrite(local, localBudget, this.fileRecords, this.fileBudget, conflicts, budgetConflict != null),
			...companiesToWrite(localCompanies, this.fileCompanies, companyConflicts, localRule, this.fileRule)
		};
		const key = contentKey(content);
		let wrote = false;
		if (key !== this.writtenKey) {
			// Just before writing, the file must still be what was merged; otherwise merge again first.
			const current = await this.handle.getFile();
			if (this.seen && (current.lastModified !== this.seen.lastModified || current.size !== this.seen.size)) {
				this.again = true;
				return;
			}
			const meta: PlanFileMeta = { ...this.fileMeta, bureau: this.fileMeta.bureau || this.options.bureau() || undefined, savedAt: new Date().toISOString() };
			const writable = await this.handle.createWritable();
			await writable.write(toPlanFile(content.events, content.budget, content.deleted, { ...meta, companies: content.companies, deletedCompanies: content.deletedCompanies, subsidyRule: content.subsidyRule }));
			await writable.close();
			const after = await this.handle.getFile();
			this.seen = { lastModified: after.lastModified, size: after.size };
			this.fileRecords = [...content.events, ...content.deleted];
			this.fileBudget = content.budget;
			this.fileCompanies = [...content.companies, ...content.deletedCompanies];
			this.fileRule = content.subsidyRule;
			this.fileMeta = meta;
			this.writtenKey = key;
			wrote = true;
		}
		if (merged && merged.count === 0) merged = null;
		this.emit({ phase: 'ready', savedAt: new Date(), wrote, conflicts, companyConflicts, merged: merged ?? this.state.merged });
	}

	/** Reads the file when it differs from what this device last saw, merging it into the local plan. */
	private async readIfChanged(): Promise<{ count: number; at: Date } | null> {
		const file = await this.handle.getFile();
		if (this.seen && file.lastModified === this.seen.lastModified && file.size === this.seen.size) return null;
		const text = await file.text();
		const seen = { lastModified: file.lastModified, size: file.size };
		if (text.trim() === '') {
			// A new, empty file (just created by 新規保存): nothing to merge.
			this.seen = seen;
			return null;
		}
		let parsed;
		try {
			checkPlanFileSize(this.handle.name, file.size);
			parsed = parsePlanFile(this.handle.name, text, this.options.knownCodes);
		} catch (error) {
			if (!this.seen && this.options.replaceForeign) {
				// Save-as over a file that is not a plan: the picker already asked to replace it.
				this.seen = seen;
				return null;
			}
			throw error;
		}
		const outcome = await importPlan(parsed);
		this.seen = seen;
		this.fileRecords = recordsOf(parsed);
		this.fileBudget = parsed.budget;
		this.fileMeta = { bureau: parsed.bureau, savedBy: parsed.savedBy };
		this.fileCompanies = companyRecordsOf(parsed);
		this.fileRule = parsed.subsidyRule;
		this.writtenKey = contentKey({ events: parsed.events, deleted: parsed.deleted, budget: parsed.budget, companies: parsed.companies, deletedCompanies: parsed.deletedCompanies, subsidyRule: parsed.subsidyRule });
		if (outcome.budgetConflict) this.state = { ...this.state, budgetConflict: outcome.budgetConflict };
		const count = mergedCount(outcome.result.counts);
		if (count > 0 || (outcome.companies ? mergedCount(outcome.companies.counts) : 0) > 0 || outcome.result.conflicts.length || outcome.companies?.conflicts.length || outcome.budgetConflict) this.options.onmerged();
		return { count, at: new Date() };
	}

	private fail(error: unknown): void {
		console.error(error);
		const e = error as Error;
		const text = e?.name === 'NotAllowedError' || e?.name === 'SecurityError' ? ja.sharedPermissionDenied(this.handle.name) : e?.message?.startsWith(this.handle.name) ? e.message : ja.sharedFailed(this.handle.name, e?.message ?? String(error));
		this.emit({ phase: 'failed', error: text });
	}

	private emit(change: Partial<SharedState>): void {
		this.state = { ...this.state, ...change };
		this.options.onstate(this.state);
	}
}
