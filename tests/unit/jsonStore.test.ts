import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DataProblem } from '../../electron/contract';
import { JsonStore } from '../../electron/core/storage/jsonStore';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

const schema = z.object({ count: z.number() });
let dir: string;
let problems: DataProblem[];
const store = () =>
  new JsonStore(
    dir,
    'things',
    schema,
    () => ({ count: 0 }),
    1,
    (p) => problems.push(p),
  );

beforeEach(async () => {
  dir = await makeTempDir('muwazi-data-');
  problems = [];
});
afterEach(() => removeDir(dir));

describe('JsonStore', () => {
  it('returns the fallback when nothing is saved, and what was saved after a write', async () => {
    expect(await store().read()).toEqual({ count: 0 });
    await store().write({ count: 3 });
    expect(await store().read()).toEqual({ count: 3 });
    const onDisk = JSON.parse(await readFile(path.join(dir, 'things.json'), 'utf8'));
    expect(onDisk).toEqual({ version: 1, data: { count: 3 } });
    expect(await readdir(dir)).toEqual(['things.json']);
  });

  it('keeps a corrupt file aside, reports it, and goes on with defaults', async () => {
    await writeFile(path.join(dir, 'things.json'), '{"version":1,"data":{"count":');
    expect(await store().read()).toEqual({ count: 0 });
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^things\.json\.corrupt-/);
    expect(await readFile(path.join(dir, files[0]!), 'utf8')).toBe('{"version":1,"data":{"count":');
    expect(problems).toEqual([{ code: 'corrupt-data', file: 'things.json', keptAs: files[0] }]);
  });

  it('keeps a file that fails its schema aside too', async () => {
    await writeFile(path.join(dir, 'things.json'), JSON.stringify({ version: 1, data: { count: 'many' } }));
    expect(await store().read()).toEqual({ count: 0 });
    expect(problems[0]?.code).toBe('corrupt-data');
  });

  it('does not overwrite a file written by a newer version', async () => {
    const newer = JSON.stringify({ version: 9, data: { count: 5, extra: true } });
    await writeFile(path.join(dir, 'things.json'), newer);
    const s = store();
    expect(await s.read()).toEqual({ count: 0 });
    await s.write({ count: 1 });
    const aside = (await readdir(dir)).find((f) => f.includes('.newer-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(dir, aside!), 'utf8')).toBe(newer);
    expect(problems[0]?.code).toBe('newer-data');
  });

  it('refuses to write a value that breaks the schema', async () => {
    await expect(store().write({ count: 'x' } as never)).rejects.toThrow();
  });
});

describe('JsonStore updates', () => {
  it('applies overlapping updates one after another, losing none', async () => {
    const s = store();
    await Promise.all(
      Array.from({ length: 25 }, () => s.update((current) => ({ count: current.count + 1 }))),
    );
    expect(await s.read()).toEqual({ count: 25 });
    expect(await store().read()).toEqual({ count: 25 });
  });
});
