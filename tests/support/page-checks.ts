/**
 * What a person meets on a page, measured in Chromium: sideways scroll, the smallest text as
 * rendered (SVG text includes its viewBox scale), finger-sized targets, axe-core's WCAG 2.1 A/AA
 * verdict, and the colours of text drawn on SVG shapes (which axe cannot judge).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { AA_TEXT_CONTRAST, contrastRatio, parseColor } from '../../src/lib/map/contrast';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };
export const PAGES = ['/', '/ranking/', '/summary/', '/m/011002/', '/plan/', '/plan/hq/', '/explore/', '/data/'] as const;

/** Pages that start DuckDB-wasm by themselves, and what shows that it is ready. */
const READY: Record<string, string> = {
	'/': '[data-testid=engine-status][data-state=ready]',
	'/data/': '[data-testid=engine-status][data-state=ready]',
	'/explore/': '[data-testid=sql-result]'
};

export async function openPage(page: Page, origin: string, path: string): Promise<void> {
	await page.goto(`${origin}${path}`);
	const ready = READY[new URL(path, origin).pathname];
	if (ready) await page.waitForSelector(ready, { timeout: 60_000 });
	await page.evaluate(() => document.fonts.ready);
	// Charts re-draw at their measured width after hydration: let that frame pass.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export interface SmallText {
	text: string;
	px: number;
}

/** Visible text whose rendered size is under `minPx`: CSS font size × the element's on-screen scale (SVG CTM). */
export async function textsSmallerThan(page: Page, minPx: number): Promise<SmallText[]> {
	return page.evaluate((min) => {
		const small: { text: string; px: number }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			const element = node.parentElement;
			if (!text || !element || element.closest('script, style, title, option, [aria-hidden=true] title')) continue;
			const style = getComputedStyle(element);
			if (style.visibility === 'hidden' || style.display === 'none') continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const box = range.getBoundingClientRect();
			if (box.width < 1 || box.height < 1) continue; // not rendered (closed <details>, clipped skip link)
			let scale = 1;
			if (element instanceof SVGGraphicsElement) {
				const ctm = element.getScreenCTM();
				if (ctm) scale = Math.hypot(ctm.a, ctm.b);
			}
			const px = parseFloat(style.fontSize) * scale;
			if (px < min - 0.05) small.push({ text: text.slice(0, 30), px: Math.round(px * 10) / 10 });
		}
		return small;
	}, minPx);
}

/** The smallest rendered text size on the page, for the report. */
export async function smallestText(page: Page): Promise<number> {
	const all = await textsSmallerThan(page, 1000);
	return Math.min(...all.map((t) => t.px));
}

export interface SmallTarget {
	what: string;
	width: number;
	height: number;
}

/** Visible buttons, selects, inputs and navigation links smaller than `min` px in either direction (radios and checkboxes count by their label). */
export async function targetsSmallerThan(page: Page, min: number): Promise<SmallTarget[]> {
	return page.evaluate((min) => {
		const targets = [
			...document.querySelectorAll('nav a, main button, main select, main input:not([type=radio]):not([type=checkbox]), main label:has(> input[type=radio]), main label:has(> input[type=checkbox])')
		];
		const small: { what: string; width: number; height: number }[] = [];
		for (const el of targets) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
			if (el.closest('details:not([open])')) continue;
			if (box.width < min || box.height < min) small.push({ what: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 20) || el.getAttribute('aria-label') || el.getAttribute('data-testid') || ''}`, width: Math.round(box.width), height: Math.round(box.height) });
		}
		return small;
	}, min);
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	nodes: string[];
}

/**
 * axe-core (from this process: no CDN) with the WCAG 2.1 A and AA rules. Evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy does not govern; a <script> tag with
 * its text would be an inline script the policy rightly refuses.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(`${AXE_SOURCE}\n;void 0`);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
		return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
	});
}

export interface SvgTextColour {
	text: string;
	fill: string;
	background: string;
}

/**
 * Every visible SVG text with its fill and what it is drawn on: the filled shape under its
 * centre, else its own halo (a stroke painted under it), else the page (white). Texts inside
 * a dimmed (inactive, WCAG 1.4.3 exception) group are left out.
 */
export async function svgTextColours(page: Page): Promise<SvgTextColour[]> {
	return page.evaluate(() => {
		const out: { text: string; fill: string; background: string }[] = [];
		for (const text of document.querySelectorAll('svg text')) {
			const box = text.getBoundingClientRect();
			if (box.width === 0 || !text.textContent?.trim()) continue;
			let dimmed = false;
			for (let el: Element | null = text; el; el = el.parentElement) if (Number(getComputedStyle(el).opacity) < 1) dimmed = true;
			if (dimmed) continue;
			const style = getComputedStyle(text);
			const cx = box.left + box.width / 2;
			const cy = box.top + box.height / 2;
			const under = document
				.elementsFromPoint(cx, cy)
				.find((el) => el !== text && ['rect', 'path', 'circle', 'polygon', 'ellipse'].includes(el.tagName) && getComputedStyle(el).fill !== 'none' && !el.closest('text'));
			const halo = style.paintOrder.startsWith('stroke') && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2 ? style.stroke : null;
			out.push({ text: text.textContent.trim().slice(0, 20), fill: style.fill, background: halo ?? (under ? getComputedStyle(under).fill : 'rgb(255, 255, 255)') });
		}
		return out;
	});
}

export function lowContrast(colours: SvgTextColour[]): (SvgTextColour & { ratio: number })[] {
	return colours
		.map((c) => {
			const [fg, bg] = [parseColor(c.fill), parseColor(c.background)];
			return { ...c, ratio: fg && bg ? contrastRatio(fg, bg) : 0 };
		})
		.filter((c) => c.ratio < AA_TEXT_CONTRAST);
}
