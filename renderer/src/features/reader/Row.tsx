import { memo } from 'react';
import type { Bead, Segment } from '../../../../electron/contract';

export interface RowMarks {
  notTranslated: string;
  noArabic: string;
  /** The UI language and direction, which the marks are written in. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

interface RowProps extends RowMarks {
  index: number;
  bead: Bead;
  ar: Segment[];
  en: Segment[];
}

function Mark({
  text,
  testId,
  lang,
  dir,
}: {
  text: string;
  testId: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}) {
  return (
    <span className="gap-mark" data-testid={testId} lang={lang} dir={dir}>
      {text}
    </span>
  );
}

/** One bead: the Arabic paragraphs and the English paragraphs read together, side by side. */
export const Row = memo(function Row({ index, bead, ar, en, notTranslated, noArabic, lang, dir }: RowProps) {
  return (
    <div className="row parallel" data-testid="row" data-row={index}>
      <div className="cell cell-ar side-ar" dir="rtl">
        {bead.ar.length === 0 ? (
          <Mark text={noArabic} testId="no-arabic" lang={lang} dir={dir} />
        ) : (
          bead.ar.map((paragraph) => (
            <p key={paragraph} lang="ar" dir="rtl" data-paragraph={paragraph}>
              {ar[paragraph]?.text}
            </p>
          ))
        )}
      </div>
      <div className="cell cell-en side-en" dir="ltr">
        {bead.en.length === 0 ? (
          <Mark text={notTranslated} testId="not-translated" lang={lang} dir={dir} />
        ) : (
          bead.en.map((paragraph) => (
            <p key={paragraph} lang="en" dir="ltr" data-paragraph={paragraph}>
              {en[paragraph]?.text}
            </p>
          ))
        )}
      </div>
    </div>
  );
});
