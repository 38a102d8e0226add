import { parseRoute } from '../../app/route';
import { preloadReadingFonts } from '../../styles/fonts';
import { prefetchSettings } from '../settings/earlySettings';
import { prefetchArticle } from './openArticle';

/**
 * Imported first by the entry module, so that the settings and, when the page opens on a
 * reading address, the article's requests and font downloads start before React and the rest
 * of the app are evaluated, not after.
 */
export function startReadingEarly(hash: string): void {
  prefetchSettings();
  const route = parseRoute(hash);
  if (route.name !== 'read') return;
  prefetchArticle(route.id);
  preloadReadingFonts();
}

startReadingEarly(window.location.hash);
