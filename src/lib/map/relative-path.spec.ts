import { describe, expect, it } from 'vitest';
import { toRelativePath } from './relative-path';

/** Walks a relative path back to absolute vertices, to prove nothing moved. */
function absoluteVertices(relative: string): number[][] {
	const out: number[][] = [];
	let x = 0, y = 0, sx = 0, sy = 0;
	for (const part of relative.match(/[mz][^mz]*/g) ?? []) {
		if (part === 'z') { x = sx; y = sy; continue; }
		const nums = part.slice(1).match(/-?(\d+\.?\d*|\.\d+)/g)!.map(Number);
		for (let i = 0; i < nums.length; i += 2) {
			x = Math.round((x + nums[i]) * 10) / 10;
			y = Math.round((y + nums[i + 1]) * 10) / 10;
			if (i === 0) { sx = x; sy = y; }
			out.push([x, y]);
		}
	}
	return out;
}

describe('toRelativePath', () => {
	it('writes relative moves with implicit line-tos', () => {
		expect(toRelativePath('M10,10L10.5,9.8L12,10Z')).toBe('m10 10 .5-.2 1.5 .2z');
	});
	it('keeps every vertex exactly, across several rings', () => {
		const d = 'M523.4,312.7L524.1,313L522,311.9ZM100,200L100.1,200.2L99.9,199.8Z';
		expect(absoluteVertices(toRelativePath(d))).toEqual([
			[523.4, 312.7], [524.1, 313], [522, 311.9], [100, 200], [100.1, 200.2], [99.9, 199.8]
		]);
	});
});
