/**
 * build/404.html, for the web server to send with status 404 (nginx error_page, GitHub Pages).
 * A plain page with no script, style sheet or image file: it is served at whatever depth the
 * missing address had, so any relative link would break. Words come from the message module.
 */
import { createHash } from 'node:crypto';
import { ja } from '$lib/messages/ja';

export const prerender = true;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const STYLE = `
body { margin: 0; font-family: system-ui, 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif; color: #1a1a1a; background: #fff; line-height: 1.7; }
main { max-width: 40rem; margin: 0 auto; padding: 2rem 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 1rem; }
p { font-size: 1rem; margin: 0 0 1rem; overflow-wrap: anywhere; }
.status { color: #5a6470; font-size: 0.875rem; }
`;

/** This page loads nothing: its one style element (by hash) and the empty data: icon are all it may use. */
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`;

export function GET(): Response {
	const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${escapeHtml(CSP)}">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(ja.notFoundTitle)} — ${escapeHtml(ja.appShortName)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="status">404</p>
<h1>${escapeHtml(ja.notFoundTitle)}</h1>
<p>${escapeHtml(ja.notFoundBody)}</p>
<p>${escapeHtml(ja.notFoundHint)}</p>
</main>
</body>
</html>
`;
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
