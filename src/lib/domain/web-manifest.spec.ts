import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest';

describe('webManifest', () => {
	it('names the deployment’s prefecture', () => {
		expect(webManifest('長野県').name).toBe('交付率ダッシュボード（長野県）');
		expect(webManifest('北海道').name).toBe('交付率ダッシュボード（北海道）');
		expect(webManifest('長野県').start_url).toBe('./');
	});
});
