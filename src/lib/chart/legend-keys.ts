/** A colour legend as the keys an exported chart draws under itself (the same labels as Legend.svelte). */
import { classLabels, NO_DATA_COLOR, type ColorClasses } from '../map/color-classes';
import type { LegendKey } from './export-svg';

export function legendKeys(classes: ColorClasses, format: (n: number) => string, noDataLabel: string | null): LegendKey[] {
	const labels = classLabels(classes, format);
	const keys = classes.colors.map((color, i) => ({ color, label: labels[i] }));
	return noDataLabel ? [...keys, { color: NO_DATA_COLOR, label: noDataLabel }] : keys;
}
