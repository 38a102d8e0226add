import type { Lang } from '../../contract';
import { MuwaziError } from '../errors';
import { extractHtmlPage } from './html/extractHtml';
import { markdownBlocks } from './markdownBlocks';
import { cleanBlocks } from './scraped/cleanBlocks';
import { textBlocks } from './textBlocks';
import type { CleanedText } from './types';

/** Reads one language's text file (plain, Markdown or HTML) into title, body and set-aside blocks. */
export function readMonolingual(text: string, format: 'txt' | 'md' | 'html', lang: Lang): CleanedText {
  if (format === 'txt') return cleanBlocks(textBlocks(text), { lang });
  if (format === 'md') return cleanBlocks(markdownBlocks(text), { lang });
  return readHtml(text, lang);
}

function readHtml(text: string, lang: Lang): CleanedText {
  let page: ReturnType<typeof extractHtmlPage>;
  try {
    page = extractHtmlPage(text);
  } catch (error) {
    if (error instanceof MuwaziError) throw error;
    // A page deep or large enough to exhaust the stack is too large for us, not a crash.
    if (error instanceof RangeError) {
      throw new MuwaziError('too-large', 'The page is too large or too deeply nested to read.', {
        cause: error,
      });
    }
    throw new MuwaziError('unsupported-format', 'The page could not be read as HTML.', { cause: error });
  }
  const cleaned = cleanBlocks(page.blocks, {
    lang,
    ...(page.title.title ? { title: page.title.title } : {}),
  });
  // The site and section cut from the page's <title> are kept too, ahead of the text.
  const fromTitle = [
    ...(page.title.source ? [{ text: page.title.source, kind: 'source' as const, lang, after: 0 }] : []),
    ...(page.title.section
      ? [{ text: page.title.section, kind: 'boilerplate' as const, lang, after: 0 }]
      : []),
  ].filter((block) => !cleaned.setAside.some((kept) => kept.text === block.text));
  return {
    title: cleaned.title,
    body: cleaned.body,
    setAside: [...fromTitle, ...cleaned.setAside],
    metadata: {
      ...page.metadata,
      ...(page.title.source ? { source: page.title.source } : {}),
      ...cleaned.metadata,
    },
  };
}
