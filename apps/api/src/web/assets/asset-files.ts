import { dirname, join } from 'node:path';
import { CHART_SCRIPT } from './chart-script';
import { SITE_STYLESHEET } from './site-stylesheet';

/** Where the pages find their stylesheets and scripts; all same-origin, for a strict CSP. */
export const ASSET_PATHS = {
  tokens: '/assets/design-tokens.css',
  components: '/assets/utrecht-components.css',
  site: '/assets/site.css',
  chartJs: '/assets/chart.umd.min.js',
  charts: '/assets/charts.js',
  icon: '/assets/favicon.svg',
} as const;

export type Asset =
  | { readonly kind: 'file'; readonly path: string; readonly type: string }
  | { readonly kind: 'text'; readonly text: string; readonly type: string };

const CSS = 'text/css; charset=utf-8';
/** A plain speech balloon, so browsers find an icon instead of asking for /favicon.ico. */
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path fill="#1f5fa8" d="M2 2h12v9H7l-3 3v-3H2z"/></svg>';
const JS = 'text/javascript; charset=utf-8';

/**
 * The only files served from node_modules (the NL Design System's tokens and components,
 * Chart.js) and the site's own small stylesheet and chart script, by their public name.
 */
export function assetFiles(): ReadonlyMap<string, Asset> {
  const chartJsDist = dirname(require.resolve('chart.js'));
  return new Map<string, Asset>([
    ['design-tokens.css', { kind: 'file', path: require.resolve('@utrecht/design-tokens/dist/index.css'), type: CSS }],
    [
      'utrecht-components.css',
      { kind: 'file', path: require.resolve('@utrecht/component-library-css/dist/index.css'), type: CSS },
    ],
    ['chart.umd.min.js', { kind: 'file', path: join(chartJsDist, 'chart.umd.min.js'), type: JS }],
    ['site.css', { kind: 'text', text: SITE_STYLESHEET, type: CSS }],
    ['charts.js', { kind: 'text', text: CHART_SCRIPT, type: JS }],
    ['favicon.svg', { kind: 'text', text: FAVICON, type: 'image/svg+xml' }],
  ]);
}
