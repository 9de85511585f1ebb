/** Invented plan files for the planner's browser tests and measurements. */
import type { Page } from 'playwright-core';

/** Opens the event editor, clicking again until the page has hydrated and answers. */
async function openEditor(page: Page) {
	for (let attempt = 0; attempt < 40; attempt++) {
		await page.click('[data-testid=event-new]');
		if (await page.waitForSelector('[data-testid=event-editor]', { timeout: 500 }).catch(() => null)) return;
	}
	throw new Error('行事の編集欄が開きません');
}

/** Waits until the planner answers clicks (hydrated), leaving it as it was. */
export async function planReady(page: Page): Promise<void> {
	await openEditor(page);
	await page.click('[data-testid=event-editor] button[type=button]');
}

/** The municipality codes the editor offers (public identifiers, not figures). */
export async function municipalityCodes(page: Page): Promise<string[]> {
	await openEditor(page);
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
		endTime: '12:00',
		status: statuses[i % 4],
		contact: '',
		expected: 10 + (i % 50),
		actual: null,
		company: i % 2 ? '' : `架空商事${i}`,
		site: '',
		companyId: '',
		venue: i % 2 ? `架空会場${i}` : '',
		product: '',
		unitCost: i % 2 ? 300 : 0,
		quantity: i % 2 ? 20 : 0,
		title: '',
		updatedAt: '2022-07-01T00:00:00.000Z'
	}));
}
