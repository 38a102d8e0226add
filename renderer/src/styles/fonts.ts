// Bundled so reading works offline; only the scripts each face is used for.
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';

/**
 * Starts downloading the two faces the article text is set in, so they are usually in by the
 * time the first rows are laid out. Otherwise the download starts only then, and the rows are
 * shown in a fallback face and laid out again when it arrives (font-display: swap: nothing
 * waits for it either way).
 */
export function preloadReadingFonts(): void {
  if (!('fonts' in document)) return;
  for (const [face, sample] of [
    ['"Noto Naskh Arabic"', 'ب'],
    ['"Source Serif 4"', 'a'],
  ] as const) {
    document.fonts.load(`16px ${face}`, sample).catch(() => {});
  }
}
