import { useTranslation } from 'react-i18next';
import { type LibrarySort, librarySorts } from './arrange';

interface Props {
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  filter: string;
  onFilter: (filter: string) => void;
}

export function LibraryToolbar({ sort, onSort, filter, onFilter }: Props) {
  const { t } = useTranslation();
  return (
    <div className="library-toolbar">
      <label className="library-control">
        <span>{t('library.filterLabel')}</span>
        <input
          type="search"
          className="text-field"
          dir="auto"
          data-testid="library-filter"
          placeholder={t('library.filterPlaceholder')}
          value={filter}
          onChange={(event) => onFilter(event.target.value)}
        />
      </label>
      <label className="library-control">
        <span>{t('library.sortLabel')}</span>
        <select
          className="select-field"
          data-testid="library-sort"
          value={sort}
          onChange={(event) => onSort(event.target.value as LibrarySort)}
        >
          {librarySorts.map((each) => (
            <option key={each} value={each}>
              {t(`library.sort.${each}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
