/**
 * From one release's measures and the map state to what the map and table draw: the value
 * and colour of every municipality, the classes behind the legend. Pure, so it tests in Node.
 */
import type { BureauMeasureRow, MunicipalMeasureRow } from '../sql/queries';
import { colorOf, divergingClasses, fixedRateClasses, sequentialClasses, type ColorClasses } from './color-classes';
import { measureById, measureValue, type MeasureId } from './measures';
import type { MapUnit, RateScale } from './map-state';

export interface MapColoring {
	classes: ColorClasses;
	valueByCode: Map<string, number | null>;
	fillByCode: Map<string, string>;
}

/**
 * `nationalRate` (of the release shown) makes the rate's fixed scale: the same colours in every
 * release, the national rate a named boundary. Without it, or with the 'relative' scale, classes
 * are the quantiles of the release shown.
 */
export function colorMap(
	figures: MunicipalMeasureRow[],
	bureaus: BureauMeasureRow[],
	measureId: MeasureId,
	unit: MapUnit,
	{ scale = 'fixed', nationalRate }: { scale?: RateScale; nationalRate?: number } = {}
): MapColoring {
	const measure = measureById(measureId);
	const bureauValue = new Map(bureaus.map((b) => [b.bureau, measureValue(b, measureId)]));
	const valueByCode = new Map(
		figures.map((f) => [f.code6, unit === 'bureau' ? (bureauValue.get(f.bureau) ?? null) : measureValue(f, measureId)])
	);
	// Classes come from the units actually drawn: 14 bureaus or 179 municipalities.
	const drawn = (unit === 'bureau' ? [...bureauValue.values()] : [...valueByCode.values()]).filter((v): v is number => v != null);
	const classes =
		measure.scale === 'diverging'
			? divergingClasses(drawn, measure.decimals)
			: measure.column === 'rate' && scale === 'fixed' && nationalRate != null
				? fixedRateClasses(drawn, nationalRate)
				: sequentialClasses(drawn, unit === 'bureau' ? 5 : 6, measure.decimals);
	const fillByCode = new Map([...valueByCode].map(([code, value]) => [code, colorOf(value, classes)]));
	return { classes, valueByCode, fillByCode };
}

/** Katakana typed into the search box matches the hiragana readings. */
export function toHiragana(text: string): string {
	return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

export function matchesSearch(query: string, name: string, kana: string | undefined): boolean {
	const q = toHiragana(query.trim());
	if (!q) return true;
	return name.includes(q) || toHiragana(name).includes(q) || (kana?.includes(q) ?? false);
}
