/** The one message the page sends its waiting service worker: take over now (the 更新 button). */
export const SKIP_WAITING = 'kofuritsu:skip-waiting';
