/**
 * Runs `task` after the next frame is painted (a task queued from requestAnimationFrame runs once
 * the frame is out): for work a change needs but that must not hold the recoloured map, such as
 * the address bar, the table or the spoken labels. The task is queued at background priority
 * (`scheduler.postTask`, where the browser has it): it waits behind the frame, input and any other
 * task already queued, instead of racing them. Tasks keep the order they were asked in.
 */
export function afterPaint(task: () => void): void {
	requestAnimationFrame(() => queueBackground(task));
}

function queueBackground(task: () => void): void {
	if (typeof scheduler !== 'undefined' && typeof scheduler.postTask === 'function') void scheduler.postTask(task, { priority: 'background' });
	else setTimeout(task, 0);
}
