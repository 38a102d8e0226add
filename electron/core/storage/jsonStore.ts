import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import type { DataProblem } from '../../contract';
import { codeForFsError, MuwaziError } from '../errors';

/**
 * One JSON file of user data: schema-versioned, validated on read, written atomically
 * (temp file, fsync, rename). A file that cannot be trusted is moved aside under a new name
 * and reported — never overwritten in silence.
 */
export class JsonStore<T> {
  private cache: T | undefined;
  /** Changes run one after another, so two overlapping updates cannot both start from the same state. */
  private queue: Promise<unknown> = Promise.resolve();
  readonly file: string;

  constructor(
    dataDir: string,
    name: string,
    private readonly schema: z.ZodType<T>,
    private readonly fallback: () => T,
    private readonly version = 1,
    private readonly report: (problem: DataProblem) => void = () => {},
  ) {
    this.file = path.join(dataDir, `${name}.json`);
  }

  async read(): Promise<T> {
    if (this.cache !== undefined) return this.cache;
    this.cache = await this.load();
    return this.cache;
  }

  write(value: T): Promise<T> {
    return this.enqueue(() => this.save(value));
  }

  /**
   * Changes the value in turn with other writes. A `change` that returns `current` itself means
   * nothing changed: the file is left as it is, so a no-op costs no validation and no write.
   */
  update(change: (current: T) => T): Promise<T> {
    return this.enqueue(async () => {
      const current = await this.read();
      const next = change(current);
      return next === current ? current : this.save(next);
    });
  }

  private enqueue(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  private async save(value: T): Promise<T> {
    const checked = this.schema.parse(value);
    await mkdir(path.dirname(this.file), { recursive: true });
    try {
      await writeFileAtomic(
        this.file,
        `${JSON.stringify({ version: this.version, data: checked }, null, 2)}\n`,
      );
    } catch (error) {
      throw new MuwaziError(codeForFsError(error), `Could not save ${path.basename(this.file)}.`, {
        cause: error,
      });
    }
    this.cache = checked;
    return checked;
  }

  private async load(): Promise<T> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.fallback();
      throw new MuwaziError(codeForFsError(error), `Could not read ${path.basename(this.file)}.`, {
        cause: error,
      });
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      return this.setAside('corrupt');
    }
    const version = (envelope as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > this.version) return this.setAside('newer');
    const parsed = this.schema.safeParse((envelope as { data?: unknown } | null)?.data);
    if (version !== this.version || !parsed.success) return this.setAside('corrupt');
    return parsed.data;
  }

  private async setAside(why: 'corrupt' | 'newer'): Promise<T> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const keptAs = `${this.file}.${why}-${stamp}`;
    await rename(this.file, keptAs);
    this.report({
      code: why === 'corrupt' ? 'corrupt-data' : 'newer-data',
      file: path.basename(this.file),
      keptAs: path.basename(keptAs),
    });
    return this.fallback();
  }
}
