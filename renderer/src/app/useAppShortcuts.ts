import { useEffect } from 'react';
import type { AppCommand, Settings } from '../../../electron/contract';
import { getApi } from '../api/muwazi';
import { openLibraryFolder } from '../features/library/libraryFolderStore';
import { useSettings } from '../features/settings/settingsContext';
import { resetTextStyles, stepBothFontSizes, swapSides } from '../features/settings/textStyle';
import { navigate } from './useRoute';

const settingsChanges: Partial<Record<AppCommand, (settings: Settings) => Settings>> = {
  'text-larger': (settings) => stepBothFontSizes(settings, 1),
  'text-smaller': (settings) => stepBothFontSizes(settings, -1),
  'text-reset': resetTextStyles,
  'swap-panes': swapSides,
};

/** The command a key press stands for, if any: the same set the desktop menu sends. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): AppCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (event.key) {
    case '=':
    case '+':
      return 'text-larger';
    case '-':
    case '_':
      return 'text-smaller';
    case '0':
      return 'text-reset';
    default:
      return null;
  }
}

/** Keyboard shortcuts and menu commands, handled the same way wherever they come from. */
export function useAppShortcuts(): void {
  const { update } = useSettings();

  useEffect(() => {
    const run = (command: AppCommand) => {
      if (command === 'show-library') {
        navigate({ name: 'library' });
        return;
      }
      if (command === 'open-library-folder') {
        void openLibraryFolder();
        return;
      }
      const change = settingsChanges[command];
      if (change) update(change);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      // Otherwise the browser zooms the whole page as well.
      event.preventDefault();
      run(command);
    };

    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = getApi().onCommand?.(run);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe?.();
    };
  }, [update]);
}
