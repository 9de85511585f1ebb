/** The national distribution's columns (NATIONAL_MUNICIPAL_RATES read column by column), and what a screen asks of them. */
import { PREFECTURES } from '../domain/prefectures';
import type { Columns } from '../sql/arrow-columns';
import type { NationalMunicipalRateRow } from '../sql/queries';

export type NationalMunicipalRates = Columns<NationalMunicipalRateRow>;

/** The prefecture's name for a code (1–47); empty for any other code. */
export function prefectureName(prefCode: number): string {
	return PREFECTURES[prefCode - 1] ?? '';
}

/** Prefecture and municipality, as people search for them: 北海道札幌市. */
export function municipalityLabel(rates: NationalMunicipalRates, i: number): string {
	return `${prefectureName(rates.pref_code[i])}${rates.name[i]}`;
}

/** The code6 of the first municipality (lowest rate first) whose label contains `text`; null for blank text or no match. */
export function findMunicipality(rates: NationalMunicipalRates, text: string): string | null {
	const wanted = text.trim();
	if (!wanted) return null;
	for (let i = 0; i < rates.code6.length; i++) if (municipalityLabel(rates, i).includes(wanted)) return rates.code6[i];
	return null;
}
