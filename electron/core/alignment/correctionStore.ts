import path from 'node:path';
import type { DataProblem } from '../../contract';
import { articleKeySchema } from '../annotations/model';
import { MuwaziError } from '../errors';
import { JsonStore } from '../storage/jsonStore';
import {
  type ArticleCorrections,
  articleCorrectionsSchema,
  correctionsFileVersion,
  noCorrections,
} from './correctionModel';

/**
 * The reader's alignment corrections, one file per article under `<data>/corrections/<id>.json`,
 * as annotations are kept: each save rewrites one small file, a damaged file costs one
 * article's corrections (and is kept aside, never overwritten), and opening an article reads
 * only its own. Reads return the same object until the next save, which is what lets the
 * alignment service tell at a glance whether the corrections it applied are still current.
 */
export class CorrectionStore {
  readonly folder: string;
  private readonly stores = new Map<string, JsonStore<ArticleCorrections>>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    dataDir: string,
    private readonly report: (problem: DataProblem) => void = () => {},
  ) {
    this.folder = path.join(dataDir, 'corrections');
  }

  private storeFor(id: string): JsonStore<ArticleCorrections> {
    // The id becomes a file name: nothing that could climb out of the folder may pass.
    if (!articleKeySchema.safeParse(id).success) throw new MuwaziError('invalid-input', 'Not an article id.');
    let store = this.stores.get(id);
    if (!store) {
      store = new JsonStore(
        this.folder,
        id,
        articleCorrectionsSchema,
        noCorrections,
        correctionsFileVersion,
        this.report,
      );
      this.stores.set(id, store);
    }
    return store;
  }

  read(id: string): Promise<ArticleCorrections> {
    return this.storeFor(id).read();
  }

  /**
   * One read-modify-write at a time per article, so two quick corrections cannot both start from
   * the same list. `change` returns null when there is nothing to change: no file is written.
   */
  update(
    id: string,
    change: (current: ArticleCorrections) => ArticleCorrections | null,
  ): Promise<ArticleCorrections> {
    const store = this.storeFor(id);
    const work = async () => {
      const current = await store.read();
      const next = change(current);
      return next === null ? current : store.write(next);
    };
    const run = (this.queues.get(id) ?? Promise.resolve()).then(work, work);
    this.queues.set(
      id,
      run.catch(() => {}),
    );
    return run;
  }
}
