/**
 * Which bureau the planner opens on: the URL's `?bureau=` when it names one (a shared link wins),
 * else the one chosen last time on this device, else all of Hokkaido (''). Pure.
 */
export function chooseBureau(fromUrl: string | null, remembered: string | null, bureaus: readonly string[]): string {
	if (fromUrl != null && (fromUrl === '' || bureaus.includes(fromUrl))) return fromUrl;
	if (remembered != null && bureaus.includes(remembered)) return remembered;
	return '';
}
