import { memo } from 'react';
import type { Bead, Segment } from '../../../../electron/contract';
import type { RowMark } from '../alignment/rowMarks';

export interface RowMarks {
  notTranslated: string;
  noArabic: string;
  /** What the quiet alignment marks say, to assistive technology and as a tooltip. */
  unsure: string;
  corrected: string;
  /** The UI language and direction, which the marks are written in. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

interface RowProps extends RowMarks {
  index: number;
  bead: Bead;
  ar: Segment[];
  en: Segment[];
  /** How the row stands with the aligner, when it needs saying. */
  mark?: RowMark | undefined;
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

/**
 * A thin rule in the gutter between the panes: it sits in the gap of the row's grid, so it
 * takes no room from the text and moves nothing.
 */
function AlignmentMark({
  mark,
  text,
  lang,
  dir,
}: {
  mark: RowMark;
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}) {
  return (
    <span
      className="row-mark"
      data-mark={mark}
      data-testid={`row-${mark}`}
      role="img"
      aria-label={text}
      title={text}
      lang={lang}
      dir={dir}
    />
  );
}

/** One bead: the Arabic paragraphs and the English paragraphs read together, side by side. */
export const Row = memo(function Row({
  index,
  bead,
  ar,
  en,
  mark,
  notTranslated,
  noArabic,
  unsure,
  corrected,
  lang,
  dir,
}: RowProps) {
  return (
    <div className="row parallel" data-testid="row" data-row={index}>
      {mark && (
        <AlignmentMark mark={mark} text={mark === 'unsure' ? unsure : corrected} lang={lang} dir={dir} />
      )}
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
