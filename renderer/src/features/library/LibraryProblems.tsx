import { useTranslation } from 'react-i18next';
import type { LibraryProblem } from '../../../../electron/contract';
import { errorText } from '../../i18n';
import { FileName } from '../../app/FileName';

export function LibraryProblems({ problems }: { problems: LibraryProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section
      className="library-problems"
      aria-labelledby="library-problems-heading"
      data-testid="library-problems"
    >
      <h2 id="library-problems-heading">{t('library.problemsHeading')}</h2>
      <p className="muted">{t('library.problemsIntro')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.file} data-testid="library-problem">
            <FileName>{problem.file}</FileName>
            <span className="problem-reason">{errorText(problem)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
