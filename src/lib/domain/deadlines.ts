/**
 * The deadlines executives ask about, after a release: the next end of September (the national
 * point programme's deadline in 2022), the end of the year and the end of the fiscal year (3月末).
 */
export interface Deadline {
	date: string;
	label: string;
}

export function deadlinesAfter(releaseDate: string): Deadline[] {
	const year = Number(releaseDate.slice(0, 4));
	const next = (monthDay: string) => (`${year}-${monthDay}` > releaseDate ? `${year}-${monthDay}` : `${year + 1}-${monthDay}`);
	return [
		{ date: next('09-30'), label: '9月末' },
		{ date: next('12-31'), label: '年末' },
		{ date: next('03-31'), label: '年度末' }
	].sort((a, b) => a.date.localeCompare(b.date));
}
