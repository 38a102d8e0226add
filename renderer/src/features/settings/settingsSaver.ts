import type { ApiError, Result, Settings } from '../../../../electron/contract';

type Save = (settings: Settings) => Promise<Result<Settings>>;

/**
 * Saves whole Settings objects one at a time. While a save is in flight only the newest
 * waiting value is kept, so quick repeated changes end with the last one on disk and never
 * with an older write landing after a newer one.
 */
export function createSettingsSaver(save: Save, onError: (error: ApiError | null) => void) {
  let inFlight = false;
  let waiting: Settings | null = null;

  async function run(settings: Settings): Promise<void> {
    inFlight = true;
    try {
      const result = await save(settings);
      onError(result.ok ? null : result.error);
    } catch (error) {
      onError({ code: 'internal', message: String(error) });
    }
    inFlight = false;
    const next = waiting;
    waiting = null;
    if (next) await run(next);
  }

  return {
    save(settings: Settings): void {
      if (inFlight) waiting = settings;
      else void run(settings);
    },
  };
}
