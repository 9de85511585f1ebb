/** Saves text as a file through the browser's download: nothing is sent anywhere. */
export function downloadText(fileName: string, type: string, text: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
