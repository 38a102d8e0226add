import { z } from 'zod';
import {
  type DataProblem,
  defaultSettings,
  type ReadingPosition,
  readingPositionSchema,
  type Settings,
  settingsSchema,
} from '../../contract';
import { JsonStore } from './jsonStore';

const positionsSchema = z.record(z.string(), readingPositionSchema);
const stateSchema = z.object({ sampleLibraryCopied: z.boolean() });

/** Everything Muwazi remembers for a user, one JSON file per concern in the data folder. */
export class UserData {
  readonly problems: DataProblem[] = [];
  readonly settings: JsonStore<Settings>;
  readonly positions: JsonStore<Record<string, ReadingPosition>>;
  readonly state: JsonStore<z.infer<typeof stateSchema>>;

  constructor(readonly dataDir: string) {
    const report = (problem: DataProblem) => this.problems.push(problem);
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
  }
}
