import { describe, expect, it } from 'vitest';
import { measureById, measureForMetric, measureIn, measuresOf, measureValue } from './measures';

describe('保有枚数 measures on the map', () => {
	it('labels cards held as such, never as 交付', () => {
		expect(measuresOf('held').map((m) => m.label)).toEqual(['保有枚数率', '保有枚数', '全国保有枚数率との差']);
		expect(measuresOf('held').every((m) => !m.label.includes('交付') && !m.legendTitle.includes('交付'))).toBe(true);
	});
	it('switches to the twin measure of the metric a release has', () => {
		expect(measureForMetric('rate', 'held')).toBe('held_rate');
		expect(measureForMetric('cards', 'held')).toBe('held_cards');
		expect(measureForMetric('gap_national', 'held')).toBe('held_gap_national');
		expect(measureForMetric('rate_change', 'held')).toBe('held_rate');
		expect(measureForMetric('held_cards', 'issued')).toBe('cards');
		expect(measureForMetric('held_rate', 'held')).toBe('held_rate');
	});
	it('reads the rate column of a view of cards held', () => {
		const row = { rate: 69.4, cards: 100, without_card: 44, rate_change: null, cards_change: null, gap_national: -3, gap_hokkaido: 0 };
		expect(measureValue(row, 'held_rate')).toBe(69.4);
		expect(measureValue(row, 'held_cards')).toBe(100);
		expect(measureById('held_rate').metric).toBe('held');
	});
});

describe('measureIn', () => {
	it('names the gap to the prefecture shown after it', () => {
		expect(measureIn('gap_hokkaido', '北海道').label).toBe('北海道交付率との差');
		expect(measureIn('gap_hokkaido', '長野県').legendTitle).toBe('長野県交付率との差（ポイント）');
		expect(measureIn('rate', '長野県').label).toBe('交付率');
	});
});
