/** Saves a Blob as a file through the browser's download: nothing is sent anywhere. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Saves text of a MIME type (e.g. `text/csv;charset=utf-8`) as a file, as downloadBlob does. */
export function downloadText(fileName: string, type: string, text: string): void {
	downloadBlob(fileName, new Blob([text], { type }));
}
