import { describe, expect, it } from 'vitest';
import { chartFileName, composeChartSvg, estimateTextWidth, exportLayout, wrapText } from './export-svg';

const caption = { title: '都道府県別 交付率の順位', dateLine: '2022年6月30日（令和4年6月30日）公表', credits: ['出典：総務省「マイナンバーカード交付状況について」'] };

describe('export-svg', () => {
	it('estimates full-width characters at 1 em and others at 0.6 em', () => {
		expect(estimateTextWidth('交付率', 10)).toBe(30);
		expect(estimateTextWidth('ab12', 10)).toBe(24);
	});

	it('wraps Japanese text by character within the width', () => {
		expect(wrapText('あいうえおかきくけこ', 10, 40)).toEqual(['あいうえ', 'おかきく', 'けこ']);
		expect(wrapText('', 10, 40)).toEqual(['']);
	});

	it('adds a title band above and a credit band below, nothing else', () => {
		const layout = exportLayout(560.4, 300.6, caption);
		expect(layout.width).toBe(560);
		expect(layout.chartHeight).toBe(301);
		expect(layout.headerHeight).toBe(12 + 22 + 18 + 6);
		expect(layout.footerHeight).toBe(6 + 15 + 12);
		expect(layout.height).toBe(58 + 301 + 33);
	});

	it('wraps a long credit and the legend on a phone-width chart', () => {
		const legend = Array.from({ length: 6 }, (_, i) => ({ color: '#123456', label: `${i * 10} 〜 ${i * 10 + 10} 未満` }));
		const layout = exportLayout(300, 200, { ...caption, credits: [...caption.credits, '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成'], legend });
		expect(layout.creditLines).toHaveLength(3);
		expect(layout.creditLines.slice(1).join("")).toBe("「国土数値情報（行政区域データ）」（国土交通省）を加工して作成");
		expect(layout.legendRows.length).toBe(3);
		expect(layout.footerHeight).toBe(6 + 3 * 18 + 3 * 15 + 12);
	});

	it('nests the chart at its CSS size below the title, with the title and credit as text', () => {
		const layout = exportLayout(400, 200, caption);
		const svg = composeChartSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" overflow="hidden" class="x" style="width:100%" role="img"><rect width="4" height="4"/></svg>', layout, caption);
		expect(svg).toContain(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="${layout.height}"`);
		expect(svg).toContain(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" x="0" y="${layout.headerHeight}" width="400" height="200" overflow="hidden">`);
		expect(svg).toContain('>都道府県別 交付率の順位</text>');
		expect(svg).toContain('出典：総務省「マイナンバーカード交付状況について」');
		expect(svg).toContain('"Noto Sans CJK JP"');
		expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
	});

	it('escapes markup in captions', () => {
		const layout = exportLayout(400, 200, { ...caption, title: 'A<B & "C"' });
		expect(composeChartSvg('<svg></svg>', layout, { ...caption, title: 'A<B & "C"' })).toContain('A&lt;B &amp; &quot;C&quot;');
	});

	it('names files in ASCII', () => {
		expect(chartFileName('map-rate', '2022-06-30', 'png')).toBe('kofuritsu-map-rate-2022-06-30.png');
		expect(chartFileName('地図', '2022-06-30', 'svg')).toBe('kofuritsu-chart-2022-06-30.svg');
	});
});
