import { z } from 'zod';
import {
  type DataProblem,
  defaultSettings,
  type ReadingPosition,
  readingPositionSchema,
  type Settings,
  settingsSchema,
} from '../../contract';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { CorrectionStore } from '../alignment/correctionStore';
import { AnnotationStore } from '../annotations/annotationStore';
import { ArticleIdentities, identityIndexSchema } from '../library/identity';
import { JsonStore } from './jsonStore';

const positionsSchema = z.record(z.string(), readingPositionSchema);
const stateSchema = z.object({ sampleLibraryCopied: z.boolean() });
/** The folder the reader last opened as library (null: none), opened again at the next launch. */
const libraryChoiceSchema = z.object({
  folder: z
    .string()
    .max(4096)
    .refine((folder) => path.isAbsolute(folder), 'an absolute path')
    .nullable(),
});
export type LibraryChoice = z.infer<typeof libraryChoiceSchema>;

function libraryKey(libraryRoot: string): string {
  return createHash('sha256').update(libraryRoot).digest('hex').slice(0, 16);
}

/** Everything Muwazi remembers for a user, one JSON file per concern in the data folder. */
export class UserData {
  readonly problems: DataProblem[] = [];
  readonly settings: JsonStore<Settings>;
  readonly positions: JsonStore<Record<string, ReadingPosition>>;
  readonly state: JsonStore<z.infer<typeof stateSchema>>;
  /** When each article was last read (ISO time), for sorting the library. */
  readonly lastRead: JsonStore<Record<string, string>>;
  readonly libraryChoice: JsonStore<LibraryChoice>;
  readonly annotations: AnnotationStore;
  /** The reader's corrections of article rows, one file per article. */
  readonly corrections: CorrectionStore;
  private readonly report = (problem: DataProblem) => this.problems.push(problem);

  constructor(readonly dataDir: string) {
    const report = this.report;
    this.settings = new JsonStore(
      dataDir,
      'settings',
      settingsSchema,
      () => structuredClone(defaultSettings),
      1,
      report,
    );
    this.positions = new JsonStore(dataDir, 'positions', positionsSchema, () => ({}), 1, report);
    this.state = new JsonStore(
      dataDir,
      'state',
      stateSchema,
      () => ({ sampleLibraryCopied: false }),
      1,
      report,
    );
    this.annotations = new AnnotationStore(dataDir, { report });
    this.corrections = new CorrectionStore(dataDir, report);
    this.lastRead = new JsonStore(
      dataDir,
      'last-read',
      z.record(z.string(), z.iso.datetime()),
      () => ({}),
      1,
      report,
    );
    this.libraryChoice = new JsonStore(
      dataDir,
      'library-folder',
      libraryChoiceSchema,
      () => ({ folder: null }),
      1,
      report,
    );
  }

  /** Lasting article ids for one library folder (each library folder has its own index). */
  identitiesFor(libraryRoot: string): ArticleIdentities {
    const key = libraryKey(libraryRoot);
    const store = new JsonStore(
      this.dataDir,
      `libraries/${key}`,
      identityIndexSchema,
      () => ({ articles: {} }),
      1,
      this.report,
    );
    return new ArticleIdentities(store);
  }

  /** Where the cached summaries of one library folder's articles are kept. */
  libraryIndexFile(libraryRoot: string): string {
    return path.join(this.dataDir, 'libraries', `${libraryKey(libraryRoot)}.index.json`);
  }
}
