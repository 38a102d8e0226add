import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../../electron/contract';
import { getApi } from '../api/muwazi';
import { importStore } from '../features/import/importStore';
import { useSettings } from '../features/settings/settingsContext';
import { libraryChanges } from './libraryChanges';
import { navigate } from './useRoute';

/** What the main process tells the window (menu, file system, system "open with") becomes app state. */
export function useAppEvents(): void {
  const { adopt } = useSettings();
  const adoptRef = useRef(adopt);
  adoptRef.current = adopt;
  useEffect(() => {
    const api = getApi();
    if (!api.onEvent) return;
    return api.onEvent((event: AppEvent) => {
      switch (event.type) {
        case 'open-article':
          navigate({ name: 'read', id: event.id });
          break;
        case 'library-changed':
          libraryChanges.changed(event.ids);
          break;
        case 'import-progress':
          // An import the page runs reports its own progress; the menu's would only interleave.
          if (!importStore.get().cancel) importStore.progress(event.progress);
          break;
        case 'import-finished':
          if (!importStore.get().cancel) importStore.finish(event.outcome);
          break;
        case 'settings-changed':
          adoptRef.current(event.settings);
          break;
      }
    });
  }, []);
}
