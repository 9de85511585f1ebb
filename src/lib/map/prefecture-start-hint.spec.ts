import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { prefectureStartFile, prefectureStartHint, type PrefectureStartHint } from './prefecture-start-hint';

/** The inline script of src/app.html that preloads another prefecture's first map. */
const appHtml = readFileSync('src/app.html', 'utf8');
const script = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body).find((body) => body.includes("rel = 'preload'"))!;

/** Runs the script as the browser would on `pageUrl`; returns the preloads it added to the head. */
function preloads(pageUrl: string, hint: PrefectureStartHint | null | string) {
	const added: { rel: string; as: string; crossOrigin: string; href: string }[] = [];
	const document = {
		querySelector: (selector: string) => (selector === 'meta[name="kofuritsu-prefecture-start"]' && hint ? { content: typeof hint === 'string' ? hint : JSON.stringify(hint) } : null),
		createElement: () => ({ rel: '', as: '', crossOrigin: '', href: '' }),
		head: { appendChild: (link: (typeof added)[number]) => added.push(link) }
	};
	const url = new URL(pageUrl);
	runInNewContext(script, { document, location: { href: url.href, search: url.search }, URL, URLSearchParams, JSON });
	return added;
}

describe("app.html's preload of another prefecture's first map", () => {
	it('fetches the file release-views.ts asks for, at the top and in a sub-folder', () => {
		for (const [page, root, expected] of [
			['https://intra.example.lg.jp/?pref=%E6%9D%B1%E4%BA%AC%E9%83%BD', '.', 'https://intra.example.lg.jp/views/prefecture/13.json'],
			['https://intra.example.lg.jp/share/kofuritsu/?date=2021-06-01&pref=%E6%B2%96%E7%B8%84%E7%9C%8C', '.', 'https://intra.example.lg.jp/share/kofuritsu/views/prefecture/47.json'],
			['https://intra.example.lg.jp/share/kofuritsu/?pref=%E9%9D%92%E6%A3%AE%E7%9C%8C', '.', 'https://intra.example.lg.jp/share/kofuritsu/views/prefecture/02.json']
		]) {
			const added = preloads(page, prefectureStartHint(root, '北海道'));
			expect(added).toEqual([{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: expected }]);
			expect(expected.endsWith(prefectureStartFile(Number(expected.slice(-7, -5))))).toBe(true);
		}
	});
	it("adds nothing for the deployment's own prefecture, an unknown name, no ?pref=, another page or a broken hint", () => {
		const hint = prefectureStartHint('.', '北海道');
		expect(preloads('https://x.lg.jp/?pref=%E5%8C%97%E6%B5%B7%E9%81%93', hint)).toEqual([]);
		expect(preloads('https://x.lg.jp/?pref=%E6%9D%B1%E4%BA%AC', hint)).toEqual([]);
		expect(preloads('https://x.lg.jp/?date=2021-06-01', hint)).toEqual([]);
		expect(preloads('https://x.lg.jp/?pref=%E6%9D%B1%E4%BA%AC%E9%83%BD', null)).toEqual([]);
		expect(preloads('https://x.lg.jp/?pref=%E6%9D%B1%E4%BA%AC%E9%83%BD', '{not json')).toEqual([]);
	});
	it('names all 47 prefectures in code order', () => {
		const { names } = prefectureStartHint('.', '長野県');
		expect(names).toHaveLength(47);
		expect([names[0], names[12], names[19], names[46]]).toEqual(['北海道', '東京都', '長野県', '沖縄県']);
	});
});
