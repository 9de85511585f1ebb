import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { openDataEngine } from '../../src/lib/server/node-engine';
import { PREFECTURE_HISTORY, type PrefectureHistoryRow } from '../../src/lib/sql/queries';
import { prefectureIntervalModel } from '../../src/lib/data/prefecture-history';
import { whatItTakes } from '../../src/lib/data/what-it-takes';
import { calculatorAnswer, type Comparison } from '../../src/lib/ranking/calculator-answer';
import { deadlinesAfter } from '../../src/lib/domain/deadlines';
import type { Target } from '../../src/lib/domain/rank-calculator';
import { ja } from '../../src/lib/messages/ja';

// Every sentence of the calculator, for each of the 47 prefectures and the default targets, on the latest release.
describe('the calculator reads right for all 47 prefectures', () => {
	let history: PrefectureHistoryRow[];
	beforeAll(async () => {
		const engine = await openDataEngine(NODE_DATA_DIR);
		history = await engine.query<PrefectureHistoryRow>(PREFECTURE_HISTORY);
		await engine.close();
	});
	afterAll(() => undefined);

	it('gives one answer per target that matches the standing and never says 「あと0枚」', () => {
		const release = [...new Set(history.map((r) => r.release_date))].sort().at(-1)!;
		const deadline = deadlinesAfter(release)[0].date;
		const model = prefectureIntervalModel(history, release);
		const prefectures = [...new Set(history.filter((r) => r.release_date === release).map((r) => r.prefecture))];
		expect(prefectures).toHaveLength(47);
		const targets: Target[] = [{ kind: 'national' }, { kind: 'rank', rank: 20 }, { kind: 'rate', percent: 50 }];
		const labels = ja.metricLabels.issued;
		let met = 0;
		for (const comparison of ['projected', 'published'] as Comparison[]) {
			for (const focus of prefectures) {
				for (const target of targets) {
					const result = whatItTakes(history, release, focus, target, deadline, comparison === 'projected', model)!;
					const a = calculatorAnswer(result, { focus, releaseDate: release, deadline, target, comparison, labels });
					const text = `${a.answer}${a.projection ?? ''}`;
					expect(text, focus).not.toMatch(/あと0枚|NaN|undefined|Infinity|null/);
					if (result.requirement.cards === 0) {
						met++;
						expect(a.status).toBe('met');
						expect(a.answer).toMatch(/^すでに目標（.+）を上回っています。/);
						const standing = comparison === 'projected' ? result.projection!.rank : result.current.rank;
						expect(a.nextRank).toBe(standing > 1 ? standing - 1 : null);
					} else {
						expect(a.answer).toContain(`${focus}が`);
						expect(a.answer).toMatch(/あと[1-9][\d,]*枚/);
						expect(a.nextRank).toBeNull();
					}
					if (comparison === 'projected') {
						expect(a.projection, focus).toMatch(/位（\d+〜\d+位）|\d+位の見込み/);
						expect(result.projection!.rankLow! <= result.projection!.rank && result.projection!.rank <= result.projection!.rankHigh!).toBe(true);
					} else expect(a.projection).toBeNull();
				}
			}
		}
		// Some prefectures are past the national rate, some are not: both sentences are exercised.
		expect(met).toBeGreaterThan(0);
		expect(met).toBeLessThan(47 * 3 * 2);
	}, 120_000);
});
