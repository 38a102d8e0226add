import { appendFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LibraryChangedEvent, MuwaziService } from '../../electron/core/service';
import { sampleArticleName, sampleLibraryDir } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let base: string;
let service: MuwaziService;
let events: LibraryChangedEvent[];
let unsubscribe: () => void;

/** Resolves with the next change report (an event the service emits, not a sleep). */
function nextChange(): Promise<LibraryChangedEvent> {
  const seen = events.length;
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (events.length > seen) {
        clearInterval(check);
        resolve(events[seen]!);
      }
    }, 20);
  });
}

beforeEach(async () => {
  base = await makeTempDir('muwazi-watch-');
  service = new MuwaziService({
    libraryDir: path.join(base, 'library'),
    dataDir: path.join(base, 'data'),
    sampleDir: sampleLibraryDir,
    transport: 'browser',
    version: '0',
  });
  await service.dispatch('library:list', {});
  events = [];
  unsubscribe = service.subscribe((event) => events.push(event));
  await service.watching();
});
afterEach(async () => {
  unsubscribe();
  await service.close();
  await removeDir(base);
});

async function sampleId(): Promise<string> {
  const listing = await service.dispatch('library:list', {});
  return (listing as { value: { articles: { id: string }[] } }).value.articles[0]!.id;
}

describe('watching the library folder', () => {
  it('reports an edited article, an edited translation, and a new file, by article id', async () => {
    const id = await sampleId();
    let change = nextChange();
    await appendFile(path.join(base, 'library', sampleArticleName), '\nفقرة أضيفت في آخر المقال.\n');
    expect((await change).ids).toEqual([id]);

    change = nextChange();
    await appendFile(
      path.join(base, 'library', '000_bd4b036bb5736eee.en.txt'),
      '\nA paragraph added at the end.\n',
    );
    expect((await change).ids).toEqual([id]);

    change = nextChange();
    await writeFile(path.join(base, 'library', 'new.txt'), 'عنوان جديد\n\nنص');
    const added = await change;
    expect(added.ids).toHaveLength(1);
    expect(added.ids?.[0]).not.toBe(id);
  });

  it('keeps the id of a renamed article', async () => {
    const id = await sampleId();
    const change = nextChange();
    await rename(path.join(base, 'library', sampleArticleName), path.join(base, 'library', 'renamed.txt'));
    expect((await change).ids).toContain(id);
    const listing = await service.dispatch('library:list', {});
    expect(listing).toMatchObject({ ok: true, value: { articles: [{ id, file: 'renamed.txt' }] } });
  });
});
