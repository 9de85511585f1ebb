/** `npm run data`'s build into a folder, without its progress lines in the test output. */
import { buildData } from '../../tools/data/build';

export async function buildDataQuietly(...args: Parameters<typeof buildData>): Promise<void> {
	const log = console.log;
	console.log = () => {};
	try {
		await buildData(...args);
	} finally {
		console.log = log;
	}
}
