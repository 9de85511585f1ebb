/** What the map says about a shape: its spoken description and its tooltip rows, from the view drawn. */
import { formatInteger, formatRate } from '../domain/format';
import { ja } from '../messages/ja';
import type { Measure } from './measures';
import type { MapUnit } from './map-state';
import type { MunicipalityShape } from './hokkaido-shapes';
import type { BureauMeasureRow, MunicipalMeasureRow } from '../sql/queries';
import type { Metric } from '../domain/release-measures';

export interface MapLabelInput {
	figureByCode: ReadonlyMap<string, MunicipalMeasureRow>;
	bureauByName: ReadonlyMap<string, BureauMeasureRow>;
	valueByCode: ReadonlyMap<string, number | null>;
	measure: Measure;
	unit: MapUnit;
	metric: Metric;
}

const valueText = (measure: Measure, value: number | null | undefined) => (value == null ? ja.noData : measure.format(value));

/** The region a shape is counted in (its bureau), or '' when its prefecture has none. */
const regionOf = (shape: MunicipalityShape, input: MapLabelInput) => input.figureByCode.get(shape.code6)?.bureau || shape.bureau;

export function describeShape(shape: MunicipalityShape, input: MapLabelInput): string {
	const { measure, unit } = input;
	const f = shape.hasData ? input.figureByCode.get(shape.code6) : undefined;
	if (!f) return `${shape.name} ${ja.noData}`;
	const labels = ja.metricLabels[input.metric];
	const unitValue = unit === 'bureau' ? `${regionOf(shape, input)}の` : '';
	const extra = measure.column === 'rate' && unit === 'municipality' ? '' : `、${unitValue}${measure.label} ${valueText(measure, input.valueByCode.get(shape.code6))}`;
	return `${shape.name} ${labels.rate}${formatRate(f.rate)}（${formatInteger(f.cards)}枚／${formatInteger(f.population)}人）${extra}`;
}

export function tooltipRows(shape: MunicipalityShape, input: MapLabelInput): [string, string][] {
	const { measure, unit } = input;
	const f = unit === 'bureau' ? input.bureauByName.get(regionOf(shape, input)) : input.figureByCode.get(shape.code6);
	if (!f) return [[ja.noData, '']];
	const labels = ja.metricLabels[input.metric];
	const rows: [string, string][] = [
		[labels.rate, formatRate(f.rate)],
		[labels.cards, `${formatInteger(f.cards)}枚`],
		[ja.population, `${formatInteger(f.population)}人`]
	];
	if (measure.column !== 'rate' && measure.column !== 'cards') rows.push([measure.label, valueText(measure, input.valueByCode.get(shape.code6))]);
	return rows;
}

/** The tooltip's title and subtitle: the municipality and its region, or the region it is part of. */
export function tooltipTitle(shape: MunicipalityShape, input: MapLabelInput, regionWord: string): { title: string; subtitle: string } {
	const region = regionOf(shape, input);
	return input.unit === 'bureau' ? { title: region, subtitle: `${shape.name}を含む${regionWord}` } : { title: shape.name, subtitle: region };
}
