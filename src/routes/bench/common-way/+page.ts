// The comparison variant for `npm run bench`: rendered only in the browser, like a typical
// DuckDB-wasm dashboard, so nothing is drawn until the wasm has started and answered.
export const ssr = false;
