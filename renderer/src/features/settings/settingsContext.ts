import { createContext, useContext } from 'react';
import type { ApiError, Settings } from '../../../../electron/contract';

export interface SettingsProblem {
  kind: 'load' | 'save';
  error: ApiError;
}

export interface SettingsState {
  settings: Settings;
  /** Applies a change at once and saves the whole resulting object. */
  update(change: (current: Settings) => Settings): void;
  /** Takes settings already saved elsewhere (the desktop menu) without saving them again. */
  adopt(settings: Settings): void;
  problem: SettingsProblem | null;
  dismissProblem(): void;
}

export const SettingsContext = createContext<SettingsState | null>(null);

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings needs a SettingsProvider above it.');
  return state;
}
