/**
 * A shared plan file stood in by a file of the origin-private file system (a real
 * FileSystemFileHandle): the File System Access pickers hand it out, and the test plays the
 * colleague who writes the same file.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** showOpenFilePicker gives `openName`; showSaveFilePicker gives `saveName` (default: the same file). */
export async function stubFilePickers(context: BrowserContext, openName: string, saveName = openName): Promise<void> {
	await context.addInitScript(
		([open, save]) => {
			const handle = async (name: string) => (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
			Object.assign(window, { showOpenFilePicker: async () => [await handle(open)], showSaveFilePicker: async () => handle(save) });
		},
		[openName, saveName]
	);
}

/** The colleague: writes the file directly. */
export async function writeOpfsFile(page: Page, name: string, text: string): Promise<void> {
	await page.evaluate(
		async ([name, text]) => {
			const writable = await (await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true })).createWritable();
			await writable.write(text);
			await writable.close();
		},
		[name, text]
	);
}

export async function readOpfsFile(page: Page, name: string): Promise<string> {
	return page.evaluate(async (name) => (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text(), name);
}
