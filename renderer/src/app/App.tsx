import { LibraryView } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { SettingsProvider } from '../features/settings/SettingsProvider';
import { Notices } from './Notices';
import { useAppShortcuts } from './useAppShortcuts';
import { useRoute } from './useRoute';

function AppShell() {
  const route = useRoute();
  useAppShortcuts();
  return (
    <>
      <Notices />
      {route.name === 'read' ? <ReaderView key={route.id} id={route.id} /> : <LibraryView />}
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
