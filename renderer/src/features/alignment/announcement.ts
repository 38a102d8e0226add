import type { Article, Lang } from '../../../../electron/contract';
import { linkOf, otherLang, type SentenceRef, sentenceText } from './sentenceLinks';
import type { SentenceStore } from './sentenceStore';

/** What the live region says: pieces of article text in their languages, or a UI message. */
export type Announcement =
  | { kind: 'sentences'; own: { lang: Lang; text: string }; counterpart: { lang: Lang; text: string } | null }
  | { kind: 'message'; key: 'noCounterpart' | 'noOtherPane' };

/** The cursor's sentence and the sentences read with it, as text for the live region. */
export function announcementOf(
  article: Pick<Article, 'ar' | 'en'>,
  store: SentenceStore,
  ref: SentenceRef,
): Announcement | null {
  const sentences = store.get(ref.row);
  const span = sentences?.[ref.lang][ref.index];
  if (!sentences || !span) return null;
  const other = otherLang[ref.lang];
  const text = linkOf(sentences, ref.lang, ref.index)
    [other].flatMap((index) => {
      const each = sentences[other][index];
      return each ? [sentenceText(article, other, each)] : [];
    })
    .join(' ');
  return {
    kind: 'sentences',
    own: { lang: ref.lang, text: sentenceText(article, ref.lang, span) },
    counterpart: text ? { lang: other, text } : null,
  };
}
