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

const readingFaces = [
  {
    lang: 'ar',
    dir: 'rtl',
    face: '"Noto Naskh Arabic"',
    sample: 'وقال المتحدث إن الخطة تركز على مهارات القراءة والكتابة.',
  },
  {
    lang: 'en',
    dir: 'ltr',
    face: '"Source Serif 4"',
    sample: 'The spokesman said the plan focuses on reading and writing.',
  },
] as const;

/**
 * Lays out a line of each reading language, unseen: the first text set in a face pays for
 * reading its shaping tables and for the line breaker of its language, tens of milliseconds
 * on a busy machine. Done while the article is still on its way, that is not paid by the
 * render that shows the first rows.
 */
function warmUpReadingText(): void {
  const sample = document.createElement('div');
  sample.setAttribute('aria-hidden', 'true');
  Object.assign(sample.style, {
    position: 'absolute',
    insetBlockStart: '-100vh',
    inlineSize: '30em',
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  for (const { lang, dir, sample: text } of readingFaces) {
    const cell = document.createElement('div');
    cell.className = `cell cell-${lang}`;
    const p = document.createElement('p');
    p.lang = lang;
    p.dir = dir;
    p.textContent = text;
    cell.append(p);
    sample.append(cell);
  }
  document.body.append(sample);
  void sample.offsetHeight;
  sample.remove();
}

/**
 * Starts downloading the two faces the article text is set in, so they are usually in by the
 * time the first rows are laid out, then warms them up. Otherwise the download starts only
 * then, and the rows are shown in a fallback face and laid out again when it arrives
 * (font-display: swap: nothing waits for it either way).
 */
export function preloadReadingFonts(): void {
  if (!('fonts' in document)) return;
  const loads = readingFaces.map(({ face, sample }) => document.fonts.load(`16px ${face}`, sample));
  Promise.all(loads).then(
    () => setTimeout(warmUpReadingText),
    () => {},
  );
}
