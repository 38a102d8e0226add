/**
 * A process that saves ever larger states through the app's real JsonStore until it is killed.
 * Printed lines (stdout is a pipe, written synchronously on POSIX, so a printed line is never
 * lost to a kill):
 *   ready        loaded, waiting for a line on stdin before it touches the data folder
 *   start <n>    the state the store read at start (n = 0 when there was none)
 *   try <n>      about to save state n
 *   ack <n>      the save of state n resolved
 *   problem <j>  the store reported a problem (a file kept aside): the test fails on it
 *
 * Runs when MUWAZI_FAULT_WRITER_DIR names the data folder; importing it does nothing else.
 */
import { z } from 'zod';
import { JsonStore } from '../../electron/core/storage/jsonStore';

export const faultStoreName = 'fault';

/**
 * The padding that belongs with a count: its length varies from write to write (so a file
 * holding a torn mix of two states shows up), and its content is tied to the count.
 */
export function paddingFor(count: number): string {
  const length = (count * 7919) % 16_384;
  return String.fromCharCode(0x61 + (count % 26)).repeat(length);
}

export const faultStateSchema = z
  .object({ count: z.number().int().min(0), padding: z.string() })
  .strict()
  .refine((state) => state.padding === paddingFor(state.count), 'padding does not match count');
export type FaultState = z.infer<typeof faultStateSchema>;

async function main(dataDir: string): Promise<void> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const store = new JsonStore<FaultState>(
    dataDir,
    faultStoreName,
    faultStateSchema,
    () => ({ count: 0, padding: paddingFor(0) }),
    1,
    (problem) => say(`problem ${JSON.stringify(problem)}`),
  );
  let { count } = await store.read();
  say(`start ${count}`);
  for (;;) {
    count++;
    say(`try ${count}`);
    await store.write({ count, padding: paddingFor(count) });
    say(`ack ${count}`);
  }
}

const dataDir = process.env.MUWAZI_FAULT_WRITER_DIR;
if (dataDir) {
  // Loaded and waiting: the test starts the next writer while the last one is still running,
  // and lets it touch the folder only once that one is dead ("go" on stdin).
  process.stdout.write('ready\n');
  process.stdin.once('data', () => {
    main(dataDir).catch((error: unknown) => {
      process.stdout.write(`error ${String(error)}\n`);
      process.exit(1);
    });
  });
}
