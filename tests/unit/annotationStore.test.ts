import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataProblem } from '../../electron/contract';
import { AnnotationStore } from '../../electron/core/annotations/annotationStore';
import { describeRange } from '../../electron/core/annotations/selectors';
import {
  annotationContext,
  fromWebAnnotations,
  toWebAnnotationCollection,
} from '../../electron/core/annotations/webAnnotation';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

const key = '0123456789abcdef';
const text = 'في المدينة القديمة، ما زالت الأسواق المسقوفة تحتفظ بطابعها التاريخي رغم مرور قرون على بنائها.';
const selectorsOf = (passage: string) => {
  const start = text.indexOf(passage);
  return describeRange(text, start, start + passage.length);
};

let dir: string;
let problems: DataProblem[];
let clock: number;
const store = () =>
  new AnnotationStore(dir, {
    report: (p) => problems.push(p),
    now: () => new Date(Date.UTC(2024, 5, 1) + clock++ * 1000),
  });

beforeEach(async () => {
  dir = await makeTempDir('muwazi-notes-');
  problems = [];
  clock = 0;
});
afterEach(() => removeDir(dir));

describe('AnnotationStore', () => {
  it('adds, lists, updates and removes annotations in one file per article', async () => {
    const notes = store();
    const added = await notes.addAnnotation({
      articleKey: key,
      lang: 'ar',
      selectors: selectorsOf('الأسواق المسقوفة'),
      color: 'yellow',
      note: 'سوق الحميدية؟',
    });
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(added.created).toBe('2024-06-01T00:00:00.000Z');
    expect(added.modified).toBe(added.created);

    // A fresh store reads what the first one wrote: it is on disk, not in memory.
    expect((await store().list(key)).annotations).toEqual([added]);
    expect(await readdir(path.join(dir, 'annotations'))).toEqual([`${key}.json`]);

    const updated = await notes.updateAnnotation(key, added.id, { color: 'blue', note: null });
    expect(updated.body).toEqual({ color: 'blue' });
    expect(updated.modified).not.toBe(added.modified);
    expect((await store().list(key)).annotations).toEqual([updated]);

    expect(await notes.removeAnnotation(key, added.id)).toBe(true);
    expect(await notes.removeAnnotation(key, added.id)).toBe(false);
    expect(await store().list(key)).toEqual({ annotations: [], bookmarks: [] });
  });

  it('keeps every one of many annotations added at once', async () => {
    const notes = store();
    const passages = ['المدينة', 'القديمة', 'الأسواق', 'المسقوفة', 'بطابعها', 'التاريخي', 'قرون', 'بنائها'];
    await Promise.all(
      passages.map((p) =>
        notes.addAnnotation({ articleKey: key, lang: 'ar', selectors: selectorsOf(p), color: 'pink' }),
      ),
    );
    const saved = (await store().list(key)).annotations.map((a) => a.target.selectors.quote.exact);
    expect(saved.sort()).toEqual([...passages].sort());
  });

  it('adds, renames and removes bookmarks', async () => {
    const notes = store();
    const bookmark = await notes.addBookmark({
      articleKey: key,
      row: 3,
      lang: 'ar',
      quote: selectorsOf('في المدينة').quote,
    });
    const renamed = await notes.renameBookmark(key, bookmark.id, 'الأسواق');
    expect(renamed.name).toBe('الأسواق');
    expect((await store().list(key)).bookmarks).toEqual([renamed]);
    expect((await notes.renameBookmark(key, bookmark.id, null)).name).toBeUndefined();
    expect(await notes.removeBookmark(key, bookmark.id)).toBe(true);
    expect((await store().list(key)).bookmarks).toEqual([]);
  });

  it('refuses unknown ids, unsafe article keys and invalid notes', async () => {
    const notes = store();
    await expect(notes.updateAnnotation(key, crypto.randomUUID(), { color: 'green' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(notes.list('../settings')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      notes.addAnnotation({
        articleKey: key,
        lang: 'ar',
        selectors: selectorsOf('قرون'),
        color: 'red' as never,
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps a corrupt file aside, reports it, and starts the article afresh', async () => {
    const folder = path.join(dir, 'annotations');
    await mkdir(folder);
    const damaged = '{"version":1,"data":{"annotations":[{"id":';
    await writeFile(path.join(folder, `${key}.json`), damaged);
    const notes = store();
    expect(await notes.list(key)).toEqual({ annotations: [], bookmarks: [] });
    const files = await readdir(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^${key}\\.json\\.corrupt-`));
    expect(await readFile(path.join(folder, files[0]!), 'utf8')).toBe(damaged);
    expect(problems).toEqual([{ code: 'corrupt-data', file: `${key}.json`, keptAs: files[0] }]);

    await notes.addAnnotation({
      articleKey: key,
      lang: 'ar',
      selectors: selectorsOf('قرون'),
      color: 'green',
    });
    expect((await readdir(folder)).sort()).toEqual([`${key}.json`, files[0]].sort());
    expect(await notes.articleKeys()).toEqual([key]);
  });
});

describe('Web Annotation export and import', () => {
  it('exports W3C JSON-LD and imports it back into an empty library unchanged', async () => {
    const notes = store();
    const highlighted = await notes.addAnnotation({
      articleKey: key,
      lang: 'ar',
      selectors: selectorsOf('الأسواق المسقوفة'),
      color: 'purple',
    });
    const commented = await notes.addAnnotation({
      articleKey: key,
      lang: 'ar',
      selectors: selectorsOf('مرور قرون'),
      color: 'green',
      note: 'How old exactly?',
    });
    const exported = toWebAnnotationCollection((await notes.list(key)).annotations, 'Notes');
    expect(exported['@context']).toBe(annotationContext);
    expect(exported.first.items[1]).toEqual({
      id: `urn:uuid:${commented.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: commented.created,
      modified: commented.modified,
      body: [
        { type: 'TextualBody', purpose: 'highlighting', value: 'green' },
        { type: 'TextualBody', purpose: 'commenting', value: 'How old exactly?', format: 'text/plain' },
      ],
      target: {
        source: `urn:muwazi:article:${key}:ar`,
        selector: [commented.target.selectors.quote, commented.target.selectors.position],
      },
    });

    // Through a file, as a user would move it between computers.
    const file = path.join(dir, 'notes.jsonld');
    await writeFile(file, JSON.stringify(exported));
    const imported = fromWebAnnotations(JSON.parse(await readFile(file, 'utf8')));
    expect(imported.rejected).toEqual([]);
    expect(imported.annotations).toEqual([highlighted, commented]);

    const elsewhere = new AnnotationStore(path.join(dir, 'other'));
    expect(await elsewhere.importAnnotations(imported.annotations)).toEqual({ added: 2, duplicates: 0 });
    expect((await elsewhere.list(key)).annotations).toEqual([highlighted, commented]);
  });

  it('adds nothing twice: same id, or same passage and note under another id', async () => {
    const notes = store();
    const original = await notes.addAnnotation({
      articleKey: key,
      lang: 'ar',
      selectors: selectorsOf('بطابعها التاريخي'),
      color: 'yellow',
      note: 'مهم',
    });
    const exported = toWebAnnotationCollection([original], 'Notes');
    const sameNoteNewId = { ...exported.first.items[0]!, id: 'https://example.org/annotations/7' };
    const newNote = {
      ...exported.first.items[0]!,
      id: 'urn:uuid:not-a-uuid',
      body: [{ type: 'TextualBody', value: 'ملاحظة أخرى' }],
    };
    const { annotations, rejected } = fromWebAnnotations([...exported.first.items, sameNoteNewId, newNote]);
    expect(rejected).toEqual([]);
    expect(await notes.importAnnotations(annotations)).toEqual({ added: 1, duplicates: 2 });
    expect(await notes.importAnnotations(annotations)).toEqual({ added: 0, duplicates: 3 });
    const saved = (await store().list(key)).annotations;
    expect(saved.map((a) => a.body.note)).toEqual(['مهم', 'ملاحظة أخرى']);
  });

  it('reads annotations from other tools and says which it could not use', () => {
    const foreign = {
      '@context': annotationContext,
      type: 'Annotation',
      id: 'https://example.org/a/1',
      bodyValue: 'A note from elsewhere',
      target: {
        source: 'https://example.org/article',
        selector: { type: 'TextQuoteSelector', exact: 'الأسواق' },
      },
    };
    const noQuote = {
      type: 'Annotation',
      target: { source: 'x', selector: { type: 'XPathSelector', value: '/p[1]' } },
    };
    const withoutFallback = fromWebAnnotations([foreign, noQuote]);
    expect(withoutFallback.annotations).toEqual([]);
    expect(withoutFallback.rejected).toEqual([
      { index: 0, reason: 'unknown source https://example.org/article' },
      { index: 1, reason: 'no target with a TextQuoteSelector' },
    ]);
    const withFallback = fromWebAnnotations(foreign, { fallback: { articleKey: key, lang: 'ar' } });
    expect(withFallback.annotations).toHaveLength(1);
    expect(withFallback.annotations[0]).toMatchObject({
      articleKey: key,
      lang: 'ar',
      body: { color: 'yellow', note: 'A note from elsewhere' },
      target: {
        selectors: { quote: { type: 'TextQuoteSelector', exact: 'الأسواق', prefix: '', suffix: '' } },
      },
    });
    expect(fromWebAnnotations({ hello: 'world' }).rejected).toEqual([
      { index: -1, reason: 'not a Web Annotation document' },
    ]);
  });
});
