/**
 * Dots stacked in bins of `binWidth` (a histogram in which every value is its own dot), read from
 * one column of values in their order: each value's bin (floor(value ÷ binWidth)) and its level in
 * that bin's stack (0 at the bottom). Typed arrays and one pass, so 174,100 values (the national
 * distribution at 100× the rows) cost a few milliseconds, not an object each. A value that is not
 * a finite number gets level −1 and is left out of the stacks and of `min`/`max`.
 */
export interface DotStack {
	bin: Int32Array;
	level: Int32Array;
	/** The highest stack (1 when there is no dot, so a height never divides by zero). */
	maxStack: number;
	/** The smallest and largest finite value (NaN when there is none). */
	min: number;
	max: number;
}

export function stackDots(values: ArrayLike<number>, binWidth: number): DotStack {
	const n = values.length;
	const bin = new Int32Array(n);
	const level = new Int32Array(n).fill(-1);
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		if (!Number.isFinite(v)) continue;
		if (v < min) min = v;
		if (v > max) max = v;
		bin[i] = Math.floor(v / binWidth);
	}
	if (min > max) return { bin, level, maxStack: 1, min: NaN, max: NaN };
	const first = Math.floor(min / binWidth);
	const counts = new Int32Array(Math.floor(max / binWidth) - first + 1);
	let maxStack = 1;
	for (let i = 0; i < n; i++) {
		if (!Number.isFinite(values[i])) continue;
		const k = counts[bin[i] - first]++;
		level[i] = k;
		if (k + 1 > maxStack) maxStack = k + 1;
	}
	return { bin, level, maxStack, min, max };
}
