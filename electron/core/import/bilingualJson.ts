import { z } from 'zod';
import type { Bead, SetAsideBlock } from '../../contract';
import { MuwaziError } from '../errors';
import { type ExportableArticle, rowsOf } from './rows';
import type { DocumentMetadata, ImportedDocument, ImportEncoding } from './types';

/** The bilingual JSON format, documented in docs/bilingual-json.md. */
export const bilingualJsonVersion = 1;

const side = z.union([z.string(), z.array(z.string())]).optional();
const bilingualJsonSchema = z.object({
  muwazi: z.literal(bilingualJsonVersion),
  title: z.object({ ar: z.string(), en: z.string().optional() }),
  pairs: z.array(z.object({ ar: side, en: side })),
  metadata: z.object({ byline: z.string(), date: z.string(), source: z.string() }).partial().optional(),
  setAside: z
    .array(
      z.object({
        text: z.string(),
        kind: z.enum(['boilerplate', 'byline', 'date', 'source', 'caption']),
        lang: z.enum(['ar', 'en']),
        after: z.number().int().min(0),
      }),
    )
    .optional(),
});
export type BilingualJson = z.infer<typeof bilingualJsonSchema>;

function paragraphs(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : value)
    .map((text) => text.trim())
    .filter((text) => text !== '');
}

export function importBilingualJson(text: string, encoding: ImportEncoding): ImportedDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MuwaziError('unsupported-format', 'The file is not valid JSON.', { cause: error });
  }
  const parsed = bilingualJsonSchema.safeParse(data);
  if (!parsed.success) {
    throw new MuwaziError(
      'unsupported-format',
      `The JSON file is not a Muwazi bilingual article (version ${bilingualJsonVersion}): ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  const ar: string[] = [];
  const en: string[] = [];
  const alignment: Bead[] = [];
  for (const pair of parsed.data.pairs) {
    const row = { ar: paragraphs(pair.ar), en: paragraphs(pair.en) };
    if (row.ar.length === 0 && row.en.length === 0) continue;
    alignment.push({ ar: row.ar.map((_, i) => ar.length + i), en: row.en.map((_, i) => en.length + i) });
    ar.push(...row.ar);
    en.push(...row.en);
  }
  const title: ImportedDocument['title'] = { ar: parsed.data.title.ar.trim() };
  const titleEn = parsed.data.title.en?.trim();
  if (titleEn) title.en = titleEn;
  if (title.ar === '' && ar.length === 0 && en.length === 0) {
    throw new MuwaziError('empty-article', 'The bilingual JSON file holds no text.');
  }
  const metadata: DocumentMetadata = {};
  for (const [key, value] of Object.entries(parsed.data.metadata ?? {})) {
    if (value) metadata[key as keyof DocumentMetadata] = value;
  }
  const setAside: SetAsideBlock[] = (parsed.data.setAside ?? []).map((block) => ({ ...block }));
  return { format: 'json', encoding, title, ar, en, alignment, setAside, metadata };
}

/** One string for a side with one paragraph, a list for several, nothing for none. */
function sideValue(texts: string[]): string | string[] | undefined {
  if (texts.length === 0) return undefined;
  return texts.length === 1 ? texts[0] : texts;
}

export function exportBilingualJson(article: ExportableArticle & { metadata?: DocumentMetadata }): string {
  const data: BilingualJson = {
    muwazi: bilingualJsonVersion,
    title: article.title.en ? { ar: article.title.ar, en: article.title.en } : { ar: article.title.ar },
    pairs: rowsOf(article).map((row) => {
      const pair: BilingualJson['pairs'][number] = {};
      const arValue = sideValue(row.ar);
      const enValue = sideValue(row.en);
      if (arValue !== undefined) pair.ar = arValue;
      if (enValue !== undefined) pair.en = enValue;
      return pair;
    }),
  };
  if (article.metadata && Object.keys(article.metadata).length > 0) data.metadata = { ...article.metadata };
  if (article.setAside && article.setAside.length > 0)
    data.setAside = article.setAside.map((block) => ({ ...block }));
  return `${JSON.stringify(data, null, 2)}\n`;
}
