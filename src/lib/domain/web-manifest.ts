/** The site's install manifest for the prefecture a deployment is made for. */
import { ja } from '../messages/ja';

export function webManifest(prefecture: string) {
	return {
		name: ja.manifestNameOf(prefecture),
		short_name: '交付率',
		description: `${prefecture}のマイナンバーカード交付状況（市区町村別・全国比較・計画）`,
		lang: 'ja',
		id: './',
		start_url: './',
		scope: './',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#1b3a5c',
		icons: [
			{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any maskable' },
			{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' }
		]
	};
}
