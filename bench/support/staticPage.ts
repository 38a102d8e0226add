import { defaultSettings } from '../../electron/contract';
import type { GeneratedArticle } from './generateArticle';

/** The mark the reference page sets once every row is laid out. */
export const staticRowsLaidOutMark = 'static:rows-laid-out';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The least a browser can do to show the same text side by side: one HTML file, system fonts,
 * no script until the end. It uses the app's default sizes and line heights so both pages
 * lay out about the same number of lines, and puts Arabic on the right as the app does by
 * default.
 */
export function staticReadingPage(article: GeneratedArticle): string {
  const { ar, en } = defaultSettings.text;
  const rows: string[] = [];
  const count = Math.max(article.ar.length, article.en.length);
  for (let i = 0; i < count; i++) {
    const arText = article.ar[i] ?? '';
    const enText = article.en[i] ?? '';
    rows.push(
      `<div class="row"><p lang="ar" dir="rtl">${escapeHtml(arText)}</p><p lang="en" dir="ltr">${escapeHtml(enText)}</p></div>`,
    );
  }
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title.en)}</title>
<style>
body { margin: 0 auto; max-width: 1200px; padding: 16px 24px; font-family: sans-serif; }
h1 { display: grid; grid-template-columns: 1fr 1fr; gap: 32px; font-size: 24px; }
.row { display: grid; grid-template-columns: 1fr 1fr; grid-template-areas: "en ar"; gap: 32px; }
p { margin: 0 0 1em; }
[lang="ar"] { grid-area: ar; font-family: serif; font-size: ${ar.fontSize}px; line-height: ${ar.lineHeight}; text-align: start; }
[lang="en"] { grid-area: en; font-family: serif; font-size: ${en.fontSize}px; line-height: ${en.lineHeight}; }
</style>
</head>
<body>
<h1><span lang="ar" dir="rtl">${escapeHtml(article.title.ar)}</span><span lang="en" dir="ltr">${escapeHtml(article.title.en)}</span></h1>
${rows.join('\n')}
<script>
// Reading offsetHeight forces layout of every row parsed so far, which here is all of them.
document.body.offsetHeight;
performance.mark(${JSON.stringify(staticRowsLaidOutMark)});
</script>
</body>
</html>
`;
}
