/** Invented plan files for the planner's browser tests and measurements. */
import type { Page } from 'playwright-core';

/** The municipality codes the editor offers (public identifiers, not figures). */
export async function municipalityCodes(page: Page): Promise<string[]> {
	await page.click('[data-testid=event-new]');
	const codes = await page.$$eval('[data-testid=event-municipality] option', (options) => options.map((o) => (o as HTMLOptionElement).value));
	await page.click('[data-testid=event-editor] button[type=button]');
	return codes;
}

/** `count` invented events spread over the codes and July–September 2022. */
export function manyEvents(count: number, codes: string[]) {
	const statuses = ['候補', '調整中', '確定', '実施済'];
	return Array.from({ length: count }, (_, i) => ({
		id: `bulk-${i}`,
		version: 1,
		kind: i % 2 ? 'offsite' : 'corporate',
		code6: codes[(i * 7) % codes.length],
		date: `2022-0${7 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
		time: '10:00',
		status: statuses[i % 4],
		contact: '',
		expected: 10 + (i % 50),
		actual: null,
		company: i % 2 ? '' : `架空商事${i}`,
		site: '',
		venue: i % 2 ? `架空会場${i}` : '',
		product: '',
		unitCost: i % 2 ? 300 : 0,
		quantity: i % 2 ? 20 : 0,
		subsidyShare: 0.5,
		title: '',
		updatedAt: '2022-07-01T00:00:00.000Z'
	}));
}
