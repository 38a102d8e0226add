import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../electron/contract';

/** Pane labels and the titles, on the same grid as the rows so each sits over its own column. */
export function ArticleHead({ title }: { title: Article['title'] }) {
  const { t, i18n } = useTranslation();
  const label = (key: string) => (
    <span className="pane-label" lang={i18n.language} dir={i18n.dir()}>
      {t(key)}
    </span>
  );
  return (
    <header className="article-head parallel">
      <div className="side-ar" dir="rtl">
        {label('languageNames.ar')}
        <h1 className="title-ar" lang="ar" dir="rtl" data-testid="title-ar">
          {title.ar}
        </h1>
      </div>
      <div className="side-en" dir="ltr">
        {label('languageNames.en')}
        {title.en && (
          <p className="title-en" lang="en" dir="ltr" data-testid="title-en">
            {title.en}
          </p>
        )}
      </div>
    </header>
  );
}
