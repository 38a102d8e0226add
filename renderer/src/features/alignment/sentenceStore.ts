import type { Result, RowSentences } from '../../../../electron/contract';

/** Rows asked for together: a screenful or two, well under the contract's 200. */
export const sentencePage = 50;
const maxRequestRows = 200;
/** A page that failed is not asked for again before this, so a moving pointer cannot flood the core. */
const retryAfterMs = 10_000;

export type FetchSentences = (from: number, to: number) => Promise<Result<RowSentences[]>>;

/**
 * The sentences of an article's rows, asked for lazily a page at a time and kept for as long
 * as the rows stand (a store belongs to one article and one alignment; a correction makes a new
 * one). Pages wanted in the same turn go out as one request.
 */
export class SentenceStore {
  private readonly rows = new Map<number, RowSentences>();
  private readonly pending = new Map<number, Promise<void>>();
  private readonly failedAt = new Map<number, number>();
  private wanted: { page: number; settle: () => void }[] = [];

  constructor(
    readonly totalRows: number,
    private readonly fetch: FetchSentences,
  ) {}

  /** The row's sentences if they have arrived. */
  get(row: number): RowSentences | undefined {
    return this.rows.get(row);
  }

  /** The row's sentences, asked for if need be; undefined when they cannot be had. */
  async load(row: number): Promise<RowSentences | undefined> {
    if (row < 0 || row >= this.totalRows) return undefined;
    const known = this.rows.get(row);
    if (known) return known;
    const page = Math.floor(row / sentencePage);
    const failed = this.failedAt.get(page);
    if (failed !== undefined && Date.now() - failed < retryAfterMs) return undefined;
    let request = this.pending.get(page);
    if (!request) {
      request = new Promise<void>((settle) => {
        if (this.wanted.length === 0) queueMicrotask(() => this.flush());
        this.wanted.push({ page, settle });
      });
      this.pending.set(page, request);
    }
    await request;
    return this.rows.get(row);
  }

  /** Asks for the pages wanted so far, neighbouring pages in one request. */
  private flush(): void {
    const wanted = this.wanted.sort((a, b) => a.page - b.page);
    this.wanted = [];
    let batch: typeof wanted = [];
    const send = () => {
      if (batch.length > 0) void this.request(batch);
      batch = [];
    };
    for (const item of wanted) {
      const first = batch[0];
      const last = batch.at(-1);
      const fits = first && last && item.page === last.page + 1;
      const rows = first ? (item.page - first.page + 1) * sentencePage : 0;
      if (!fits || rows > maxRequestRows) send();
      batch.push(item);
    }
    send();
  }

  private async request(batch: { page: number; settle: () => void }[]): Promise<void> {
    const from = batch[0]!.page * sentencePage;
    const to = Math.min(this.totalRows - 1, (batch.at(-1)!.page + 1) * sentencePage - 1);
    let result: Result<RowSentences[]>;
    try {
      result = await this.fetch(from, to);
    } catch (error) {
      result = { ok: false, error: { code: 'internal', message: String(error) } };
    }
    if (result.ok) for (const row of result.value) this.rows.set(row.row, row);
    for (const { page, settle } of batch) {
      this.pending.delete(page);
      if (result.ok) this.failedAt.delete(page);
      else this.failedAt.set(page, Date.now());
      settle();
    }
  }
}
