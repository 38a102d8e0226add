import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Settings } from '../../../../electron/contract';
import { defaultSettings } from '../../api/contractValues';
import { call } from '../../api/muwazi';
import { setUiLanguage } from '../../i18n';
import { type SettingsProblem, SettingsContext, type SettingsState } from './settingsContext';
import { loadSettings } from './earlySettings';
import { createSettingsSaver } from './settingsSaver';

/**
 * Holds the user's settings for the whole window. Nothing below it renders until the saved
 * settings (and so the UI language) are known, so an Arabic UI never flashes in English first.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const current = useRef<Settings | null>(null);

  const saver = useMemo(
    () =>
      createSettingsSaver(
        async (next) => call('settings:save', { settings: next }),
        (error) =>
          setProblem((shown) => (error ? { kind: 'save', error } : shown?.kind === 'save' ? null : shown)),
      ),
    [],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      let loaded = structuredClone(defaultSettings);
      try {
        const result = await loadSettings();
        if (result.ok) loaded = result.value;
        else if (live) setProblem({ kind: 'load', error: result.error });
      } catch (error) {
        if (live) setProblem({ kind: 'load', error: { code: 'internal', message: String(error) } });
      }
      await setUiLanguage(loaded.uiLanguage);
      if (!live) return;
      current.current = loaded;
      setSettings(loaded);
    })();
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback(
    (change: (current: Settings) => Settings) => {
      const before = current.current;
      if (!before) return;
      const next = change(before);
      if (next === before) return;
      current.current = next;
      setSettings(next);
      if (next.uiLanguage !== before.uiLanguage) void setUiLanguage(next.uiLanguage);
      saver.save(next);
    },
    [saver],
  );

  const adopt = useCallback((next: Settings) => {
    const before = current.current;
    if (!before) return;
    current.current = next;
    setSettings(next);
    if (next.uiLanguage !== before.uiLanguage) void setUiLanguage(next.uiLanguage);
  }, []);

  const dismissProblem = useCallback(() => setProblem(null), []);

  const value = useMemo<SettingsState | null>(
    () => (settings ? { settings, update, adopt, problem, dismissProblem } : null),
    [settings, update, adopt, problem, dismissProblem],
  );

  if (!value) return <div className="app-loading" aria-busy="true" />;
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
