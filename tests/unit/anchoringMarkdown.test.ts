import { describe, expect, it } from 'vitest';
import type { Article } from '../../electron/contract';
import { documentTexts } from '../../electron/core/annotations/documentText';
import { annotationsToMarkdown, escapeMarkdown } from '../../electron/core/annotations/markdown';
import type { Annotation } from '../../electron/core/annotations/model';
import { reanchorAll } from '../../electron/core/annotations/reanchor';
import { describeRange } from '../../electron/core/annotations/selectors';
import { articleFromText } from '../helpers/articleFromText';

const article: Article = articleFromText(
  'المدن والذاكرة\n\nفي المدينة القديمة ما زالت الأسواق المسقوفة تحتفظ بطابعها التاريخي.\n\nيبيع التجار هناك التوابل والأقمشة والنحاس المطروق.\n',
  'Cities and memory\n\nIn the old city, the covered markets still keep their historic character.\n\nMerchants there sell spices, fabrics and hammered copper.\n',
);
const texts = documentTexts(article);

function annotation(
  lang: 'ar' | 'en',
  passage: string,
  color: Annotation['body']['color'],
  note?: string,
): Annotation {
  const start = texts[lang].indexOf(passage);
  return {
    id: crypto.randomUUID(),
    articleKey: article.id,
    lang,
    target: { selectors: describeRange(texts[lang], start, start + passage.length) },
    body: note === undefined ? { color } : { color, note },
    created: '2024-06-01T10:00:00.000Z',
    modified: '2024-06-01T10:00:00.000Z',
  };
}

describe('annotationsToMarkdown', () => {
  it('quotes an Arabic passage with the English paragraph beside it, the note, colour and place', () => {
    const note = annotation('ar', 'التوابل والأقمشة والنحاس المطروق', 'green', 'قارن بسوق دمشق *القديم*');
    const { anchored } = reanchorAll(texts, [note]);
    const markdown = annotationsToMarkdown(article, anchored);
    expect(markdown).toBe(
      `${[
        '# المدن والذاكرة',
        '*Cities and memory*',
        '## Arabic, paragraph 2, row 2 · green',
        '> التوابل والأقمشة والنحاس المطروق',
        'English, paragraph 2:',
        '> Merchants there sell spices, fabrics and hammered copper.',
        '**Note:** قارن بسوق دمشق \\*القديم\\*',
      ].join('\n\n')}\n`,
    );
  });

  it('lists passages in reading order and keeps orphaned notes at the end', () => {
    const second = annotation('ar', 'يبيع التجار', 'yellow');
    const first = annotation('en', 'covered markets', 'blue', 'sūq');
    const lost = annotation('ar', 'الأسواق المسقوفة', 'pink', 'كانت هنا');
    const { anchored } = reanchorAll(texts, [second, first]);
    const markdown = annotationsToMarkdown(article, anchored, [lost]);
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# المدن والذاكرة',
      '## English, paragraph 1, row 1 · blue',
      '## Arabic, paragraph 2, row 2 · yellow',
      '## Not found in the current text',
      '### Arabic · pink',
    ]);
    expect(markdown).toContain(
      'Arabic, paragraph 1:\n\n> في المدينة القديمة ما زالت الأسواق المسقوفة تحتفظ بطابعها التاريخي.',
    );
    expect(markdown.trimEnd().endsWith('> الأسواق المسقوفة\n\n**Note:** كانت هنا')).toBe(true);
  });

  it('escapes Markdown in text so it comes out as written', () => {
    expect(escapeMarkdown('# 1. a *b* <c>\n- d')).toBe('\\# 1. a \\*b\\* \\<c\\>\n\\- d');
    expect(escapeMarkdown('2024. عام\n3) ب')).toBe('2024\\. عام\n3\\) ب');
  });
});
