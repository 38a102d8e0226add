import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(articleTitle?: string): void {
  const { t } = useTranslation();
  const title = articleTitle ? t('app.articleTitle', { title: articleTitle }) : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
