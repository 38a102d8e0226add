import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AlignmentCorrection,
  Article,
  ArticleAlignment,
  ArticleHead,
  ArticleNotesView,
  Bead,
  Bookmark,
  Result,
} from '../../electron/contract';
import { MuwaziService } from '../../electron/core/service';
import { snapshotChanges, snapshotFolder } from '../helpers/folderSnapshot';
import { sampleArticleName, sampleLibraryDir } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

/**
 * Alignment corrections end to end: the real service over real files in a temp library, the
 * sample article (13 Arabic paragraphs beside 13 English ones, aligned one to one).
 */

let base: string;
let libraryDir: string;
let dataDir: string;
const open: MuwaziService[] = [];

function service(): MuwaziService {
  const made = new MuwaziService({
    libraryDir,
    dataDir,
    sampleDir: sampleLibraryDir,
    transport: 'browser',
    version: '0',
  });
  open.push(made);
  return made;
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function sampleId(s: MuwaziService): Promise<string> {
  const listing = value<{ articles: { id: string; file: string }[] }>(await s.dispatch('library:list', {}));
  return listing.articles.find((a) => a.file === sampleArticleName)!.id;
}

const correct = async (s: MuwaziService, id: string, correction: AlignmentCorrection) =>
  value<ArticleAlignment>(await s.dispatch('alignment:correct', { id, correction }));
const openArticle = async (s: MuwaziService, id: string) =>
  value<Article>(await s.dispatch('article:open', { id }));

const oneToOne = (n: number, from = 0): Bead[] =>
  Array.from({ length: n }, (_, k) => ({ ar: [from + k], en: [from + k] }));

const arabicFile = () => path.join(libraryDir, sampleArticleName);
const englishFile = () => path.join(libraryDir, sampleArticleName.replace(/\.txt$/, '.en.txt'));

/** Writes a file and moves its modification time on, as an editor's save would. */
async function save(file: string, content: string, secondsLater = 5): Promise<void> {
  await writeFile(file, content);
  const when = new Date(Date.now() + secondsLater * 1000);
  await utimes(file, when, when);
}

beforeEach(async () => {
  base = await makeTempDir('muwazi-corrections-');
  libraryDir = path.join(base, 'library');
  dataDir = path.join(base, 'data');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await removeDir(base);
});

describe('alignment corrections', () => {
  it('merges two rows, marks the row, and keeps it for the next launch', async () => {
    const s = service();
    const id = await sampleId(s);
    const before = await openArticle(s, id);
    expect(before.alignment).toEqual(oneToOne(13));
    expect(before.confidence).toHaveLength(13);
    expect(before.corrected).toBeUndefined();

    const merged = await correct(s, id, { type: 'merge', row: 3 });
    expect(merged.alignment).toEqual([...oneToOne(3), { ar: [3, 4], en: [3, 4] }, ...oneToOne(8, 5)]);
    expect(merged.corrected).toEqual([3]);
    expect(merged.confidence?.[3]).toBe(1);
    expect(merged.confidence?.[4]).toBe(before.confidence?.[5]);
    expect(merged).toMatchObject({ corrections: 1, unapplied: 0 });

    // Every path that returns the article has the corrected rows.
    const opened = await openArticle(s, id);
    expect(opened.alignment).toEqual(merged.alignment);
    expect(opened.corrected).toEqual([3]);
    const head = value<ArticleHead>(await s.dispatch('article:head', { id, rows: 5 }));
    expect(head.totalRows).toBe(12);
    expect(head.article.alignment).toEqual(merged.alignment.slice(0, 5));
    expect(head.article.confidence).toEqual(merged.confidence?.slice(0, 5));
    expect(head.article.corrected).toEqual([3]);
    expect(head.article.ar).toHaveLength(6);

    // Stored in its own file, schema-versioned, naming paragraphs by fingerprint, not by text.
    const stored = JSON.parse(await readFile(path.join(dataDir, 'corrections', `${id}.json`), 'utf8'));
    expect(stored.version).toBe(1);
    expect(stored.data.corrections).toHaveLength(1);
    expect(stored.data.corrections[0].operation).toEqual({ type: 'merge', row: 3 });
    expect(stored.data.corrections[0].beads[0].ar).toEqual({
      paragraphs: [expect.stringMatching(/^[\w-]{16}$/), expect.stringMatching(/^[\w-]{16}$/)],
      hint: 3,
    });
    expect(JSON.stringify(stored)).not.toContain(before.ar[3]!.text.slice(0, 20));

    // A new launch on the same data folder.
    const again = await openArticle(service(), id);
    expect(again.alignment).toEqual(merged.alignment);
    expect(again.corrected).toEqual([3]);
    expect(again.corrections).toBe(1);
  });

  it('splits, unlinks and links rows as asked, and undoes each in turn', async () => {
    const s = service();
    const id = await sampleId(s);
    const states: Bead[][] = [(await openArticle(s, id)).alignment];
    const step = async (correction: AlignmentCorrection) => {
      const result = await correct(s, id, correction);
      states.push(result.alignment);
      return result;
    };

    const unlinked = await step({ type: 'unlink', lang: 'en', paragraph: 5 });
    expect(unlinked.alignment.slice(5, 7)).toEqual([
      { ar: [5], en: [] },
      { ar: [], en: [5] },
    ]);
    expect(unlinked.corrected).toEqual([5, 6]);
    expect(unlinked.alignment).toHaveLength(14);

    const linked = await step({ type: 'link', lang: 'en', paragraph: 5, to: 'previous' });
    expect(linked.alignment).toEqual(oneToOne(13));
    expect(linked.corrected).toEqual([5]);

    const moved = await step({ type: 'link', lang: 'ar', paragraph: 8, to: 'previous' });
    expect(moved.alignment.slice(7, 9)).toEqual([
      { ar: [7, 8], en: [7] },
      { ar: [], en: [8] },
    ]);

    const split = await step({ type: 'split', lang: 'ar', paragraph: 8 });
    expect(split.alignment.slice(7, 10)).toEqual([
      { ar: [7], en: [7] },
      { ar: [8], en: [] },
      { ar: [], en: [8] },
    ]);
    expect(split).toMatchObject({ corrections: 4, unapplied: 0 });

    for (let k = states.length - 2; k >= 0; k--) {
      const undone = value<ArticleAlignment>(await s.dispatch('alignment:undo', { id }));
      expect(undone.alignment).toEqual(states[k]);
      expect(undone.corrections).toBe(k);
    }
    expect((await openArticle(s, id)).corrected).toBeUndefined();
  });

  it('keeps corrections through an edit: a paragraph added at the top, another one changed', async () => {
    const s = service();
    const id = await sampleId(s);
    const article = await openArticle(s, id);
    await correct(s, id, { type: 'merge', row: 6 });
    await correct(s, id, { type: 'unlink', lang: 'ar', paragraph: 10 });

    const arabic = await readFile(arabicFile(), 'utf8');
    const english = await readFile(englishFile(), 'utf8');
    const changed = article.ar[2]!.text;
    await save(
      arabicFile(),
      arabic
        .replace(article.ar[0]!.text, `فقرة جديدة أضيفت في أول المقال.\n\n${article.ar[0]!.text}`)
        .replace(changed, `${changed} وأضاف أن الحوار مستمر.`),
    );
    await save(
      englishFile(),
      english.replace(article.en[0]!.text, `A new paragraph added at the top.\n\n${article.en[0]!.text}`),
    );

    const edited = await openArticle(s, id);
    expect(edited.ar).toHaveLength(14);
    expect(edited.ar[3]!.text).toContain('الحوار مستمر');
    // The merged row (6–7) and the unlinked paragraph (10), each one paragraph further on.
    expect(edited.alignment).toContainEqual({ ar: [7, 8], en: [7, 8] });
    expect(edited.alignment).toContainEqual({ ar: [11], en: [] });
    expect(edited.alignment).toContainEqual({ ar: [], en: [11] });
    expect(edited.corrected!.map((row) => edited.alignment[row])).toEqual([
      { ar: [7, 8], en: [7, 8] },
      { ar: [11], en: [] },
      { ar: [], en: [11] },
    ]);
    expect(edited.alignment.flatMap((bead) => bead.ar)).toEqual(edited.ar.map((_, k) => k));
    expect(edited.alignment.flatMap((bead) => bead.en)).toEqual(edited.en.map((_, k) => k));
    expect(value<ArticleAlignment>(await s.dispatch('alignment:undo', { id }))).toMatchObject({
      corrections: 1,
      unapplied: 0,
    });
  });

  it('counts a correction whose paragraph was deleted as unapplied, and keeps it', async () => {
    const s = service();
    const id = await sampleId(s);
    const article = await openArticle(s, id);
    await correct(s, id, { type: 'merge', row: 4 });
    const storedFile = path.join(dataDir, 'corrections', `${id}.json`);
    const stored = await readFile(storedFile, 'utf8');

    const arabic = await readFile(arabicFile(), 'utf8');
    await save(arabicFile(), arabic.replace(`${article.ar[5]!.text}\n\n`, ''));
    // The aligner's rows for the shorter text, whatever they are: the merge no longer applies.
    const shorter = await openArticle(s, id);
    expect(shorter.ar).toHaveLength(12);
    expect(shorter.corrected).toBeUndefined();
    // Still counted, so the reader can choose to forget it.
    expect(shorter.corrections).toBe(1);
    // A correction elsewhere reports how the stored ones stand.
    const now = await correct(s, id, { type: 'merge', row: 9 });
    const rows = shorter.alignment;
    const merged = { ar: [...rows[9]!.ar, ...rows[10]!.ar], en: [...rows[9]!.en, ...rows[10]!.en] };
    expect(now).toMatchObject({ corrections: 2, unapplied: 1, corrected: [9] });
    expect(now.alignment[9]).toEqual(merged);
    const opened = await openArticle(s, id);
    expect(opened.corrected).toEqual([9]);
    expect(opened.alignment.flatMap((bead) => bead.ar)).toEqual(opened.ar.map((_, k) => k));
    expect(opened.alignment.flatMap((bead) => bead.en)).toEqual(opened.en.map((_, k) => k));
    expect(JSON.parse(await readFile(storedFile, 'utf8')).data.corrections[0]).toEqual(
      JSON.parse(stored).data.corrections[0],
    );

    // The paragraph comes back: so does the correction.
    await save(arabicFile(), arabic, 10);
    const back = await openArticle(s, id);
    expect(back.alignment[4]).toEqual({ ar: [4, 5], en: [4, 5] });
    expect(back.corrected!.map((row) => back.alignment[row])).toEqual([
      { ar: [4, 5], en: [4, 5] },
      // The later merge, one Arabic paragraph further on.
      { ar: merged.ar.map((k) => k + 1), en: merged.en },
    ]);
  });

  it('resets to the aligner rows, and undo brings back everything the reset removed', async () => {
    const s = service();
    const id = await sampleId(s);
    await correct(s, id, { type: 'merge', row: 1 });
    const two = await correct(s, id, { type: 'merge', row: 7 });
    expect(two.alignment).toHaveLength(11);

    const reset = value<ArticleAlignment>(await s.dispatch('alignment:reset', { id }));
    expect(reset).toMatchObject({ alignment: oneToOne(13), corrected: [], corrections: 0, unapplied: 0 });
    expect((await openArticle(s, id)).corrected).toBeUndefined();
    // A reset with nothing to reset writes nothing, and does not count as something to undo.
    const storedFile = path.join(dataDir, 'corrections', `${id}.json`);
    const afterReset = await readFile(storedFile, 'utf8');
    await s.dispatch('alignment:reset', { id });
    expect(await readFile(storedFile, 'utf8')).toBe(afterReset);

    const restored = value<ArticleAlignment>(await s.dispatch('alignment:undo', { id }));
    expect(restored.alignment).toEqual(two.alignment);
    expect(restored.corrections).toBe(2);

    // The next launch sees the same history: one more undo takes back the second merge only.
    const next = service();
    const one = value<ArticleAlignment>(await next.dispatch('alignment:undo', { id }));
    expect(one.alignment).toEqual([...oneToOne(1), { ar: [1, 2], en: [1, 2] }, ...oneToOne(10, 3)]);
    await next.dispatch('alignment:undo', { id });
    const nothing = value<ArticleAlignment>(await next.dispatch('alignment:undo', { id }));
    expect(nothing).toMatchObject({ alignment: oneToOne(13), corrections: 0 });
  });

  it('refuses corrections that do not fit the rows, with a reason, and writes nothing', async () => {
    const s = service();
    const id = await sampleId(s);
    const before = await snapshotFolder(dataDir);
    const refusals: [AlignmentCorrection, RegExp][] = [
      [{ type: 'merge', row: 12 }, /last row/],
      [{ type: 'merge', row: 40 }, /no row 40/],
      [{ type: 'link', lang: 'ar', paragraph: 0, to: 'previous' }, /first row/],
      [{ type: 'link', lang: 'en', paragraph: 12, to: 'next' }, /last row/],
      [{ type: 'unlink', lang: 'ar', paragraph: 13 }, /no Arabic paragraph 13/],
    ];
    for (const [correction, reason] of refusals) {
      const result = await s.dispatch('alignment:correct', { id, correction });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(reason) },
      });
    }
    // And an article that is not there.
    expect(await s.dispatch('alignment:undo', { id: 'ffffffffffffffff' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(snapshotChanges(before, await snapshotFolder(dataDir))).toEqual([]);
  });

  it('refuses a correction made against rows from before a change on disk, and stores nothing', async () => {
    const s = service();
    const id = await sampleId(s);
    const seen = await openArticle(s, id);
    expect(seen.revision).toEqual(expect.any(String));
    // Opening again without a change names the same rows.
    expect((await openArticle(s, id)).revision).toBe(seen.revision);

    const arabic = await readFile(arabicFile(), 'utf8');
    const english = await readFile(englishFile(), 'utf8');
    await save(
      arabicFile(),
      arabic.replace(seen.ar[0]!.text, `فقرة جديدة في أول المقال.\n\n${seen.ar[0]!.text}`),
    );
    await save(
      englishFile(),
      english.replace(seen.en[0]!.text, `A new first paragraph.\n\n${seen.en[0]!.text}`),
    );
    const before = await snapshotFolder(dataDir);

    // Row 6 of the window's rows is row 7 on disk now: the merge would join other paragraphs.
    const merge: AlignmentCorrection = { type: 'merge', row: 6 };
    const old = { revision: seen.revision };
    for (const [method, input] of [
      ['alignment:correct', { id, correction: merge, ...old }],
      ['alignment:undo', { id, ...old }],
      ['alignment:reset', { id, ...old }],
      ['article:sentences', { id, from: 0, to: 3, ...old }],
    ] as const) {
      expect(await s.dispatch(method, input)).toMatchObject({ ok: false, error: { code: 'stale' } });
    }
    expect(snapshotChanges(before, await snapshotFolder(dataDir))).toEqual([]);

    const reloaded = await openArticle(s, id);
    expect(reloaded.revision).not.toBe(seen.revision);
    expect(reloaded.ar).toHaveLength(14);
    const merged = value<ArticleAlignment>(
      await s.dispatch('alignment:correct', { id, correction: merge, revision: reloaded.revision }),
    );
    expect(merged.alignment[6]).toEqual({ ar: [6, 7], en: [6, 7] });
    expect(merged.revision).not.toBe(reloaded.revision);
    // The answer's revision is the one the next request names.
    expect((await openArticle(s, id)).revision).toBe(merged.revision);
    expect(
      value<ArticleAlignment>(await s.dispatch('alignment:undo', { id, revision: merged.revision })),
    ).toMatchObject({ corrections: 0, revision: reloaded.revision });
  });

  it('lets bookmarks find their row after rows above them are merged', async () => {
    const s = service();
    const id = await sampleId(s);
    const bookmark = value<Bookmark>(await s.dispatch('bookmarks:add', { id, row: 8 }));
    await correct(s, id, { type: 'merge', row: 2 });
    const view = value<ArticleNotesView>(await s.dispatch('annotations:list', { id }));
    expect(view.bookmarks).toEqual([{ bookmark, row: 7 }]);
    // A bookmark made on a corrected row names that row's own paragraph.
    const onMerged = value<Bookmark>(await s.dispatch('bookmarks:add', { id, row: 2 }));
    await s.dispatch('alignment:undo', { id });
    const undone = value<ArticleNotesView>(await s.dispatch('annotations:list', { id }));
    expect(undone.bookmarks).toEqual([
      { bookmark, row: 8 },
      { bookmark: onMerged, row: 2 },
    ]);
  });

  it('corrects a file that pairs its own rows by what is left of them, without confidences', async () => {
    const s = service();
    await s.dispatch('library:list', {});
    const bilingual = {
      muwazi: 1,
      title: { ar: 'الأمطار تعود', en: 'The rain returns' },
      pairs: [
        { ar: 'هطلت أمطار غزيرة.', en: 'Heavy rain fell.' },
        { ar: ['فقرة أولى.', 'فقرة ثانية.'], en: 'Two paragraphs in one.' },
        { ar: 'بلا ترجمة.' },
        { en: 'English only.' },
      ],
    };
    await writeFile(path.join(libraryDir, 'rain.json'), JSON.stringify(bilingual));
    const listing = value<{ articles: { id: string; file: string }[] }>(await s.dispatch('library:list', {}));
    const id = listing.articles.find((a) => a.file === 'rain.json')!.id;
    expect((await openArticle(s, id)).confidence).toBeUndefined();

    const unlinked = await correct(s, id, { type: 'unlink', lang: 'ar', paragraph: 2 });
    expect(unlinked.alignment).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
      { ar: [2], en: [] },
      { ar: [3], en: [] },
      { ar: [], en: [2] },
    ]);
    expect(unlinked.confidence).toBeUndefined();
    const linked = await correct(s, id, { type: 'link', lang: 'en', paragraph: 2, to: 'previous' });
    expect(linked.alignment.slice(3)).toEqual([{ ar: [3], en: [2] }]);
    expect(linked.corrected).toEqual([1, 2, 3]);
  });
});

describe('the article cache', () => {
  it('serves a second opening from memory, and reads the files again once they change', async () => {
    const s = service();
    const id = await sampleId(s);
    const first = await openArticle(s, id);
    expect(await openArticle(s, id)).toBe(first);
    const head = value<ArticleHead>(await s.dispatch('article:head', { id, rows: 2 }));
    expect(head.article.ar[0]).toBe(first.ar[0]);

    // The Arabic file changes on disk.
    const arabic = await readFile(arabicFile(), 'utf8');
    await save(arabicFile(), arabic.replace(first.ar[1]!.text, `${first.ar[1]!.text} (محدث)`));
    const edited = await openArticle(s, id);
    expect(edited).not.toBe(first);
    expect(edited.ar[1]!.text).toMatch(/\(محدث\)$/);

    // So does its translation.
    const english = await readFile(englishFile(), 'utf8');
    await save(englishFile(), english.replace(first.en[2]!.text, `${first.en[2]!.text} (updated)`), 8);
    expect((await openArticle(s, id)).en[2]!.text).toMatch(/\(updated\)$/);

    // And a correction: the next opening has it, from the same load.
    await correct(s, id, { type: 'merge', row: 0 });
    const corrected = await openArticle(s, id);
    expect(corrected.alignment[0]).toEqual({ ar: [0, 1], en: [0, 1] });
    expect(corrected.ar[5]).toBe((await openArticle(s, id)).ar[5]);
  });

  it('sees a translation added beside an article', async () => {
    const s = service();
    const id = await sampleId(s);
    const english = await readFile(englishFile(), 'utf8');
    await rm(englishFile());
    const alone = await openArticle(s, id);
    expect(alone.en).toHaveLength(0);
    expect(alone.source.translation).toBeUndefined();
    await writeFile(englishFile(), english);
    expect((await openArticle(s, id)).en).toHaveLength(13);
  });
});
