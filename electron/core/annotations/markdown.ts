import type { Article, Lang } from '../../contract';
import { documentText, paragraphIndexAt, paragraphStarts, rowOfParagraph } from './documentText';
import type { Annotation } from './model';
import type { AnchoredAnnotation } from './reanchor';

/**
 * Notes as a Markdown file a reader can keep or share: each highlighted passage as a quote, the
 * paragraph beside it in the other language, the note, its colour and where it is.
 */

type ArticleText = Pick<Article, 'title' | 'ar' | 'en' | 'alignment'>;

const languageName: Record<Lang, string> = { ar: 'Arabic', en: 'English' };
const other: Record<Lang, Lang> = { ar: 'en', en: 'ar' };

/** Article text and notes are literal text, not Markdown: what the reader wrote must come out as written. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_{}[\]<>#|~]/g, '\\$&')
        // Line starts that would begin a list: the marker, or the dot after a number, is escaped.
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function paragraphLabel(indices: readonly number[]): string {
  if (indices.length === 1) return `paragraph ${indices[0]! + 1}`;
  return `paragraphs ${indices[0]! + 1}–${indices[indices.length - 1]! + 1}`;
}

interface Located {
  item: AnchoredAnnotation;
  paragraph: number;
  row: number;
}

function section(
  article: ArticleText,
  texts: Record<Lang, string>,
  { item, paragraph, row }: Located,
): string {
  const { annotation } = item;
  const lang = annotation.lang;
  const where = [languageName[lang], `paragraph ${paragraph + 1}`];
  if (row !== -1) where.push(`row ${row + 1}`);
  const parts = [
    `## ${where.join(', ')} · ${annotation.body.color}`,
    blockquote(texts[lang].slice(item.start, item.end)),
  ];
  const pairedIndices = row === -1 ? [] : article.alignment[row]![other[lang]];
  if (pairedIndices.length > 0) {
    const paired = pairedIndices.map((i) => article[other[lang]][i]?.text ?? '').join('\n\n');
    parts.push(`${languageName[other[lang]]}, ${paragraphLabel(pairedIndices)}:`, blockquote(paired));
  } else {
    parts.push(`*No ${languageName[other[lang]]} paragraph beside it.*`);
  }
  if (annotation.body.note) parts.push(`**Note:** ${escapeMarkdown(annotation.body.note)}`);
  return parts.join('\n\n');
}

function orphanSection(annotation: Annotation): string {
  const parts = [
    `### ${languageName[annotation.lang]} · ${annotation.body.color}`,
    blockquote(annotation.target.selectors.quote.exact),
  ];
  if (annotation.body.note) parts.push(`**Note:** ${escapeMarkdown(annotation.body.note)}`);
  return parts.join('\n\n');
}

export function annotationsToMarkdown(
  article: ArticleText,
  anchored: readonly AnchoredAnnotation[],
  orphaned: readonly Annotation[] = [],
): string {
  const texts: Record<Lang, string> = { ar: documentText(article.ar), en: documentText(article.en) };
  const starts: Record<Lang, number[]> = { ar: paragraphStarts(article.ar), en: paragraphStarts(article.en) };
  const located: Located[] = anchored.map((item) => {
    const lang = item.annotation.lang;
    const paragraph = paragraphIndexAt(starts[lang], item.start);
    return { item, paragraph, row: rowOfParagraph(article.alignment, lang, paragraph) };
  });
  // Reading order: by row, Arabic before English within a row, then by place in the text.
  located.sort(
    (a, b) =>
      (a.row === -1 ? Number.MAX_SAFE_INTEGER : a.row) - (b.row === -1 ? Number.MAX_SAFE_INTEGER : b.row) ||
      (a.item.annotation.lang === b.item.annotation.lang ? 0 : a.item.annotation.lang === 'ar' ? -1 : 1) ||
      a.item.start - b.item.start,
  );
  const title = article.title.en
    ? `# ${escapeMarkdown(article.title.ar)}\n\n*${escapeMarkdown(article.title.en)}*`
    : `# ${escapeMarkdown(article.title.ar)}`;
  const blocks = [title, ...located.map((l) => section(article, texts, l))];
  if (orphaned.length > 0) {
    blocks.push('---', '## Not found in the current text', ...orphaned.map(orphanSection));
  }
  return `${blocks.join('\n\n')}\n`;
}
