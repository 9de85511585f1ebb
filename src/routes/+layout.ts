// Every page is prerendered to static HTML; the site needs no server.
export const prerender = true;
// Pages are written as folder/index.html, which every static file server and intranet share serves.
export const trailingSlash = 'always';
