import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import { useSettings } from '../settings/settingsContext';
import { swapSides } from '../settings/textStyle';
import { SetAsideIcon, SwapIcon } from './icons';
import { TextSizeControls } from './TextSizeControls';

interface ReaderToolbarProps {
  setAsideCount: number;
  setAsideOpen: boolean;
  onToggleSetAside: () => void;
}

export function ReaderToolbar({ setAsideCount, setAsideOpen, onToggleSetAside }: ReaderToolbarProps) {
  const { t } = useTranslation();
  const { update } = useSettings();
  return (
    <div className="toolbar" data-testid="reader-toolbar">
      <TextSizeControls lang="ar" />
      <TextSizeControls lang="en" />
      <button
        type="button"
        className="button quiet"
        data-testid="swap-sides"
        title={t('reader.swapSidesTitle')}
        onClick={() => update(swapSides)}
      >
        <SwapIcon />
        <span className="button-text">{t('reader.swapSides')}</span>
      </button>
      {setAsideCount > 0 && (
        <button
          type="button"
          className="button quiet"
          data-testid="set-aside-toggle"
          aria-expanded={setAsideOpen}
          aria-controls="set-aside-panel"
          title={t('reader.setAsideLabel', { count: setAsideCount })}
          onClick={onToggleSetAside}
        >
          <SetAsideIcon />
          <span className="button-text">{t('reader.setAside')}</span>
          <span className="badge">{formatNumber(setAsideCount)}</span>
        </button>
      )}
    </div>
  );
}
