import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/useRoute';

export function BackButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button quiet back-button"
      data-testid="back-to-library"
      aria-label={t('reader.backLabel')}
      title={t('reader.backLabel')}
      onClick={() => navigate({ name: 'library' })}
    >
      {/* A mirrored character: it points the other way by itself in a right-to-left UI. */}
      <span className="back-arrow" aria-hidden="true">
        ‹
      </span>
      <span>{t('reader.back')}</span>
    </button>
  );
}
