import { ImportStatus } from '../features/import/ImportStatus';
import { LibraryView } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { SettingsProvider } from '../features/settings/SettingsProvider';
import { useArticleVersion } from './libraryChanges';
import { Notices } from './Notices';
import { useAppEvents } from './useAppEvents';
import { useAppShortcuts } from './useAppShortcuts';
import { useRoute } from './useRoute';

/** Remounts the reader when its article changed on disk; the reader restores its own reading position. */
function LiveReader({ id }: { id: string }) {
  const version = useArticleVersion(id);
  return <ReaderView key={`${id}:${version}`} id={id} />;
}

function AppShell() {
  const route = useRoute();
  useAppShortcuts();
  useAppEvents();
  return (
    <>
      <Notices />
      {route.name === 'read' ? (
        <>
          <ImportStatus />
          <LiveReader key={route.id} id={route.id} />
        </>
      ) : (
        <LibraryView />
      )}
    </>
  );
}

export function App() {
  return (
    <SettingsProvider>
      <AppShell />
    </SettingsProvider>
  );
}
