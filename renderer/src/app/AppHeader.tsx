import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import './appHeader.css';

interface AppHeaderProps {
  /** What sits at the start of the bar; the app name when nothing is given. */
  start?: ReactNode;
  children?: ReactNode;
}

export function AppHeader({ start, children }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header-start">{start ?? <span className="brand">{t('app.name')}</span>}</div>
      <div className="app-header-middle">{children}</div>
      <div className="app-header-end">
        <LanguageSwitch />
      </div>
    </header>
  );
}
