/**
 * DuckDB's error as a person reads it. Streamed queries report errors as JSON
 * ({"exception_type":"Parser","exception_message":"…"}); plain queries as "Parser Error: …".
 */
export function duckdbErrorText(message: string): string {
	if (!message.startsWith('{')) return message;
	try {
		const parsed = JSON.parse(message) as { exception_type?: unknown; exception_message?: unknown };
		if (typeof parsed.exception_message !== 'string') return message;
		return typeof parsed.exception_type === 'string' ? `${parsed.exception_type} Error: ${parsed.exception_message}` : parsed.exception_message;
	} catch {
		return message;
	}
}
