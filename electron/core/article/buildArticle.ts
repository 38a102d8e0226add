import type { Article, ArticleSource, Lang, SetAsideBlock } from '../../contract';
import { splitTrailingBoilerplate } from '../formats/boilerplate';
import type { ParsedText } from '../formats/plainText';
import { alignByOrder } from './alignment';

export interface ArticleParts {
  id: string;
  arabic: ParsedText;
  english?: ParsedText;
  source: ArticleSource;
}

function setAsideFrom(parsed: ParsedText, lang: Lang): { body: string[]; setAside: SetAsideBlock[] } {
  const { body, trailing } = splitTrailingBoilerplate(parsed.paragraphs);
  const setAside = trailing.map((text) => ({ text, kind: 'boilerplate' as const, lang, after: body.length }));
  return { body, setAside };
}

export function buildArticle({ id, arabic, english, source }: ArticleParts): Article {
  const ar = setAsideFrom(arabic, 'ar');
  const en = english ? setAsideFrom(english, 'en') : { body: [], setAside: [] };
  const title: Article['title'] = { ar: arabic.title };
  if (english?.title) title.en = english.title;
  return {
    id,
    title,
    ar: ar.body.map((text) => ({ text })),
    en: en.body.map((text) => ({ text })),
    alignment: alignByOrder(ar.body.length, en.body.length),
    setAside: [...ar.setAside, ...en.setAside],
    source,
  };
}
