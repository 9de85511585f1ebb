/**
 * The browser half of a chart's download: clone the chart's <svg> with the computed styles it
 * needs written onto each element (the file has no stylesheet), compose it with its caption
 * (src/lib/chart/export-svg.ts) and save it as SVG, or draw it on a canvas at 2× and save a PNG.
 * Nothing leaves the browser: the image is read from a data: URL (allowed by the CSP's img-src).
 */
import { composeChartSvg, EXPORT_FONT_FAMILY, exportLayout, PNG_SCALE, type ChartCaption } from '../chart/export-svg';
import { downloadBlob } from './download';

/** What a chart's look depends on; everything else in the computed style is left out. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'paint-order',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'visibility'
] as const;

/** The chart's <svg> with its computed styles inlined, serialised. */
export function serialiseChart(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const hidden: Element[] = [];
	originals.forEach((original, i) => {
		const copy = copies[i];
		const computed = getComputedStyle(original);
		if (computed.display === 'none') return void hidden.push(copy);
		const declarations = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`);
		if (original instanceof SVGTextElement || original instanceof SVGTSpanElement) declarations.push(`font-family:${EXPORT_FONT_FAMILY}`);
		copy.setAttribute('style', declarations.join(';'));
		copy.removeAttribute('tabindex');
	});
	for (const element of hidden) element.remove();
	return new XMLSerializer().serializeToString(clone);
}

export interface ExportedChart {
	svg: string;
	width: number;
	height: number;
}

export function exportChart(svg: SVGSVGElement, caption: ChartCaption): ExportedChart {
	const box = svg.getBoundingClientRect();
	const layout = exportLayout(box.width, box.height, caption);
	return { svg: composeChartSvg(serialiseChart(svg), layout, caption), width: layout.width, height: layout.height };
}

export function downloadChartSvg(chart: ExportedChart, fileName: string): void {
	downloadBlob(fileName, new Blob([chart.svg], { type: 'image/svg+xml;charset=utf-8' }));
}

/** Draws the composed SVG on a canvas at PNG_SCALE × its size and saves it as PNG. */
export async function downloadChartPng(chart: ExportedChart, fileName: string): Promise<void> {
	const image = new Image();
	image.width = chart.width;
	image.height = chart.height;
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = chart.width * PNG_SCALE;
	canvas.height = chart.height * PNG_SCALE;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('canvas 2d context unavailable');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new Error('canvas.toBlob returned nothing');
	downloadBlob(fileName, blob);
}
