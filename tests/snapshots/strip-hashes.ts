/**
 * Server-rendered markup without Svelte's hashed scoping classes (`svelte-1x2y3z`), which change
 * with any edit of a component's styles: a snapshot then shows only what is drawn (Plot's habit).
 */
export function stripHashes(html: string): string {
	return html
		.replace(/(\s)class="([^"]*)"/g, (_, space: string, classes: string) => {
			const kept = classes
				.split(/\s+/)
				.filter((c) => c && !/^svelte-[a-z0-9]+$/.test(c))
				.join(' ');
			return kept ? `${space}class="${kept}"` : '';
		});
}
