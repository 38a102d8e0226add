import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../electron/contract';
import { useSettings } from './settingsContext';

const choices: UiLanguage[] = ['en', 'ar'];

/** Each language is named in itself, so a reader can find their own whatever the UI shows now. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  return (
    <fieldset className="segmented" data-testid="ui-language">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {choices.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir={language === 'ar' ? 'rtl' : 'ltr'}
          data-testid={`ui-language-${language}`}
          aria-pressed={settings.uiLanguage === language}
          onClick={() => update((current) => ({ ...current, uiLanguage: language }))}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
