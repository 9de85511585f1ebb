/** Where this copy of the site lives, as the page sees it (a sub-folder works too). */
import { base } from '$app/paths';

/** The site's root as an absolute URL: the service worker's scope, part of the cache's name. */
export const siteUrl = (): string => new URL(`${base}/`, location.href).href;

/** Where the tables are served (`<base>/data`, static/data/ in the repository). */
export const dataBaseUrl = (): string => `${base}/data`;
