import { describe, expect, it } from 'vitest';
import { stripHashes } from './strip-hashes';

describe('stripHashes', () => {
	it('drops Svelte scoping classes and keeps the others', () => {
		expect(stripHashes('<g class="town svelte-1ab2cd"><path class="svelte-zz9" d="M0"/></g>')).toBe('<g class="town"><path d="M0"/></g>');
		expect(stripHashes('<text class="svelte-abc" x="1">svelte-abc</text>')).toBe('<text x="1">svelte-abc</text>');
	});
});
