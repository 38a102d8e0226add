import { useTranslation } from 'react-i18next';
import { textDir } from '../bookmarks/rowText';
import type { Announcement } from './announcement';

/**
 * A polite live region for the keyboard's sentence cursor: the sentence it is on, then the
 * sentence read with it in the other language, each marked with its own language so a screen
 * reader speaks it in the right voice.
 */
export function SentenceAnnouncer({ announcement }: { announcement: Announcement | null }) {
  const { t, i18n } = useTranslation();
  const uiText = (text: string) => (
    <span lang={i18n.language} dir={i18n.dir()}>
      {text}
    </span>
  );
  let content = null;
  if (announcement?.kind === 'message') content = uiText(t(`alignment.${announcement.key}`));
  else if (announcement) {
    const { own, counterpart } = announcement;
    content = (
      <>
        <span lang={own.lang} dir={textDir[own.lang]}>
          {own.text}
        </span>{' '}
        {counterpart ? (
          <span lang={counterpart.lang} dir={textDir[counterpart.lang]}>
            {counterpart.text}
          </span>
        ) : (
          uiText(t('alignment.noCounterpart'))
        )}
      </>
    );
  }
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="sentence-live">
      {content}
    </div>
  );
}
