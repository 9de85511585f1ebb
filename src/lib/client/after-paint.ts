/**
 * Runs `task` after the next frame is painted (a task queued from requestAnimationFrame runs once
 * the frame is out): for work a change needs but that must not hold the recoloured map, such as
 * the address bar or the table. Tasks keep the order they were asked in.
 */
export function afterPaint(task: () => void): void {
	requestAnimationFrame(() => setTimeout(task, 0));
}
