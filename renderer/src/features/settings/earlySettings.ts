import type { Result, Settings } from '../../../../electron/contract';
import { call } from '../../api/muwazi';

/**
 * The saved settings, asked for while the rest of the app is still being evaluated: nothing
 * renders before they are known (see SettingsProvider), so their round trip should not wait
 * for the bundle.
 */
let early: Promise<Result<Settings>> | undefined;

export function prefetchSettings(): void {
  early = call('settings:get', {});
}

/** The early answer the first time, a fresh request after that (the window may have saved since). */
export function loadSettings(): Promise<Result<Settings>> {
  const answer = early ?? call('settings:get', {});
  early = undefined;
  return answer;
}
