import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AnchoredNote,
  ArticleNotesView,
  Bookmark,
  ExportedFile,
  ImportedNotes,
  Result,
} from '../../electron/contract';
import { documentTexts } from '../../electron/core/annotations/documentText';
import { MuwaziService } from '../../electron/core/service';
import { sampleArticleName, sampleLibraryDir } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let base: string;
let libraryDir: string;
const service = (dataName = 'data') =>
  new MuwaziService({
    libraryDir,
    dataDir: path.join(base, dataName),
    sampleDir: sampleLibraryDir,
    transport: 'browser',
    version: '0',
  });

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function sampleId(s: MuwaziService): Promise<string> {
  const listing = value<{ articles: { id: string }[] }>(await s.dispatch('library:list', {}));
  return listing.articles[0]!.id;
}

/** Offsets of a phrase in one language's text of the article, as the renderer would send. */
async function rangeOf(s: MuwaziService, id: string, lang: 'ar' | 'en', phrase: string) {
  const article = value<Parameters<typeof documentTexts>[0]>(await s.dispatch('article:open', { id }));
  const start = documentTexts(article)[lang].indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + phrase.length };
}

const articleFile = () => path.join(libraryDir, sampleArticleName);

beforeEach(async () => {
  base = await makeTempDir('muwazi-notes-');
  libraryDir = path.join(base, 'library');
});
afterEach(() => removeDir(base));

describe('highlights and notes', () => {
  it('keeps a highlight on the same words after a restart, an edit before it, and a rename', async () => {
    const s = service();
    const id = await sampleId(s);
    const phrase = 'صاروخ كاتيوشا';
    const range = await rangeOf(s, id, 'ar', phrase);
    const added = value<AnchoredNote>(
      await s.dispatch('annotations:add', {
        id,
        lang: 'ar',
        ...range,
        color: 'green',
        note: 'Katyusha rocket',
      }),
    );
    expect(added.annotation.target.selectors.quote.exact).toBe(phrase);

    // Restart.
    let view = value<ArticleNotesView>(await service().dispatch('annotations:list', { id }));
    expect(view.anchored.map((a) => [a.start, a.end, a.annotation.body.note])).toEqual([
      [range.start, range.end, 'Katyusha rocket'],
    ]);

    // A paragraph inserted near the top and a typo fixed before the passage.
    const original = await readFile(articleFile(), 'utf8');
    const edited = original
      .replace('\n\nنقلت وكالة', '\n\nفقرة جديدة أضيفت في أول المقال.\n\nنقلت وكالة')
      .replace('و ستناقش', 'وستناقش');
    await writeFile(articleFile(), edited);
    const s2 = service();
    view = value<ArticleNotesView>(await s2.dispatch('annotations:list', { id }));
    const now = await rangeOf(s2, id, 'ar', phrase);
    expect(view.anchored.map((a) => [a.start, a.end])).toEqual([[now.start, now.end]]);
    expect(now.start).not.toBe(range.start);

    // Renamed: the id follows the file, and the highlight with it.
    await rename(articleFile(), path.join(libraryDir, 'katyusha.txt'));
    await rename(
      path.join(libraryDir, '000_bd4b036bb5736eee.en.txt'),
      path.join(libraryDir, 'katyusha.en.txt'),
    );
    const s3 = service();
    expect(await sampleId(s3)).toBe(id);
    view = value<ArticleNotesView>(await s3.dispatch('annotations:list', { id }));
    expect(view.anchored).toHaveLength(1);
  });

  it('lists a highlight whose words were deleted as orphaned, with its quote and note', async () => {
    const s = service();
    const id = await sampleId(s);
    const phrase = 'المليشيات المدعومة من إيران';
    await s.dispatch('annotations:add', {
      id,
      lang: 'ar',
      ...(await rangeOf(s, id, 'ar', phrase)),
      color: 'pink',
      note: 'militias',
    });
    const paragraph = (await readFile(articleFile(), 'utf8')).split('\n\n').find((p) => p.includes(phrase))!;
    await writeFile(articleFile(), (await readFile(articleFile(), 'utf8')).replace(`${paragraph}\n\n`, ''));
    const view = value<ArticleNotesView>(await service().dispatch('annotations:list', { id }));
    expect(view.anchored).toEqual([]);
    expect(view.orphaned.map((a) => [a.target.selectors.quote.exact, a.body.note])).toEqual([
      [phrase, 'militias'],
    ]);
  });

  it('edits, recolours, removes and restores (undo) an annotation', async () => {
    const s = service();
    const id = await sampleId(s);
    const { annotation } = value<AnchoredNote>(
      await s.dispatch('annotations:add', {
        id,
        lang: 'en',
        ...(await rangeOf(s, id, 'en', 'Green Zone')),
        color: 'yellow',
      }),
    );
    await s.dispatch('annotations:update', {
      id,
      annotationId: annotation.id,
      color: 'blue',
      note: 'المنطقة الخضراء',
    });
    let view = value<ArticleNotesView>(await s.dispatch('annotations:list', { id }));
    expect(view.anchored[0]!.annotation.body).toEqual({ color: 'blue', note: 'المنطقة الخضراء' });
    const removed = view.anchored[0]!.annotation;
    expect(value(await s.dispatch('annotations:remove', { id, annotationId: annotation.id }))).toEqual({
      removed: true,
    });
    expect(value<ArticleNotesView>(await s.dispatch('annotations:list', { id })).anchored).toEqual([]);
    await s.dispatch('annotations:restore', { id, annotation: removed });
    view = value<ArticleNotesView>(await service().dispatch('annotations:list', { id }));
    expect(view.anchored.map((a) => a.annotation.id)).toEqual([annotation.id]);
  });

  it('refuses a selection outside the text, and writes nothing', async () => {
    const s = service();
    const id = await sampleId(s);
    const result = await s.dispatch('annotations:add', {
      id,
      lang: 'ar',
      start: 10,
      end: 10_000_000,
      color: 'green',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(value<ArticleNotesView>(await s.dispatch('annotations:list', { id })).anchored).toEqual([]);
  });
});

describe('export and import', () => {
  it('exports Markdown with the quote, the paired paragraph, the note and the colour', async () => {
    const s = service();
    const id = await sampleId(s);
    await s.dispatch('annotations:add', {
      id,
      lang: 'ar',
      ...(await rangeOf(s, id, 'ar', 'لمدة 120 يوماً')),
      color: 'green',
      note: 'for 120 days',
    });
    const file = value<ExportedFile>(await s.dispatch('annotations:export', { id, format: 'md' }));
    expect(file.fileName).toBe('000_bd4b036bb5736eee.annotations.md');
    expect(file.content).toContain('> لمدة 120 يوماً');
    expect(file.content).toContain('exempt Iraq from sanctions for 120 days');
    expect(file.content).toContain('for 120 days');
    expect(file.content).toContain('green');
  });

  it('round-trips W3C JSON-LD: importing twice adds nothing, another computer gets everything', async () => {
    const s = service();
    const id = await sampleId(s);
    await s.dispatch('annotations:add', {
      id,
      lang: 'ar',
      ...(await rangeOf(s, id, 'ar', 'الكاظمي')),
      color: 'yellow',
      note: 'PM',
    });
    await s.dispatch('annotations:add', {
      id,
      lang: 'en',
      ...(await rangeOf(s, id, 'en', 'ISIS')),
      color: 'purple',
    });
    const file = value<ExportedFile>(await s.dispatch('annotations:export', { id, format: 'json' }));
    const json = JSON.parse(file.content);
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.first.items).toHaveLength(2);

    expect(
      value<ImportedNotes>(await s.dispatch('annotations:import', { id, content: file.content })),
    ).toMatchObject({
      added: 0,
      duplicates: 2,
    });
    const other = service('other-data');
    const otherId = await sampleId(other);
    expect(
      value<ImportedNotes>(
        await other.dispatch('annotations:import', { id: otherId, content: file.content }),
      ),
    ).toMatchObject({
      added: 2,
      duplicates: 0,
    });
    const view = value<ArticleNotesView>(await other.dispatch('annotations:list', { id: otherId }));
    expect(view.anchored.map((a) => a.annotation.target.selectors.quote.exact).sort()).toEqual([
      'ISIS',
      'الكاظمي',
    ]);
  });

  it('rejects a file that is not JSON with a clear error', async () => {
    const s = service();
    const id = await sampleId(s);
    expect(await s.dispatch('annotations:import', { id, content: 'not json' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('bookmarks', () => {
  it('adds, renames, finds again after an edit, removes and restores bookmarks', async () => {
    const s = service();
    const id = await sampleId(s);
    const bookmark = value<Bookmark>(await s.dispatch('bookmarks:add', { id, row: 9, name: 'Katyusha' }));
    await s.dispatch('bookmarks:rename', { id, bookmarkId: bookmark.id, name: 'صاروخ' });
    const original = await readFile(articleFile(), 'utf8');
    await writeFile(articleFile(), original.replace('\n\nنقلت وكالة', '\n\nفقرة جديدة.\n\nنقلت وكالة'));
    const s2 = service();
    // The bookmarked paragraph is now one further down; its row is wherever the article's
    // alignment puts it.
    const article = value<{ ar: { text: string }[]; alignment: { ar: number[] }[] }>(
      await s2.dispatch('article:open', { id }),
    );
    const paragraph = article.ar.findIndex((p) => p.text.includes('صاروخ كاتيوشا'));
    expect(paragraph).toBe(10);
    const row = article.alignment.findIndex((bead) => bead.ar.includes(paragraph));
    let view = value<ArticleNotesView>(await s2.dispatch('annotations:list', { id }));
    expect(view.bookmarks.map((b) => [b.bookmark.name, b.row])).toEqual([['صاروخ', row]]);

    const all = value<{ articleId: string; row: number | null }[]>(await s2.dispatch('bookmarks:all', {}));
    expect(all).toMatchObject([{ articleId: id, row }]);

    const stored = view.bookmarks[0]!.bookmark;
    await s2.dispatch('bookmarks:remove', { id, bookmarkId: stored.id });
    expect(value<ArticleNotesView>(await s2.dispatch('annotations:list', { id })).bookmarks).toEqual([]);
    await s2.dispatch('bookmarks:restore', { id, bookmark: stored });
    view = value<ArticleNotesView>(await service().dispatch('annotations:list', { id }));
    expect(view.bookmarks.map((b) => b.bookmark.name)).toEqual(['صاروخ']);
  });

  it('refuses a bookmark on a row that does not exist', async () => {
    const s = service();
    const id = await sampleId(s);
    expect(await s.dispatch('bookmarks:add', { id, row: 500 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
