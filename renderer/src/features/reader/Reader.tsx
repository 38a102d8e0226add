import { type CSSProperties, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleAlignment, ReadingPosition, Settings } from '../../../../electron/contract';
import { AppHeader } from '../../app/AppHeader';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AlignmentMenuContext } from '../alignment/alignmentMenu';
import { SentenceLinking } from '../alignment/SentenceLinking';
import { useAlignmentEditing } from '../alignment/useAlignmentEditing';
import { useSentenceLinker } from '../alignment/useSentenceLinker';
import { NotesLayer } from '../annotations/NotesLayer';
import { NotesToolbar } from '../annotations/NotesToolbar';
import { useReaderNotes } from '../annotations/useReaderNotes';
import { useSettings } from '../settings/settingsContext';
import { ArticleHead } from './ArticleHead';
import { ArticleRows } from './ArticleRows';
import { BackButton } from './BackButton';
import { ReaderToolbar } from './ReaderToolbar';
import { SetAsidePanel } from './SetAsidePanel';
import { useSavePosition } from './useSavePosition';

/** Each language's size and leading reach the text through custom properties on the root. */
function textVariables(text: Settings['text']): CSSProperties {
  return {
    '--ar-size': `${text.ar.fontSize}px`,
    '--ar-leading': String(text.ar.lineHeight),
    '--en-size': `${text.en.fontSize}px`,
    '--en-leading': String(text.en.lineHeight),
  } as CSSProperties;
}

interface ReaderProps {
  /** The whole article, or its first rows while the rest is on its way. */
  article: Article;
  complete: boolean;
  /** How many rows the whole article has. */
  totalRows: number;
  position: ReadingPosition | null;
  /** Sets the rows a correction answered with in the open article. */
  onAlignment: (alignment: ArticleAlignment) => void;
}

export function Reader({ article, complete, totalRows, position, onAlignment }: ReaderProps) {
  const { i18n } = useTranslation();
  const { settings } = useSettings();
  const rowsRef = useRef<HTMLDivElement>(null);
  // A saved row past the end (the article was edited) opens on its last row.
  const [start] = useState(() =>
    position && totalRows > 0 ? { ...position, row: Math.min(position.row, totalRows - 1) } : null,
  );
  const [ready, setReady] = useState(false);
  const markReady = useCallback(() => setReady(true), []);
  useSavePosition(article.id, rowsRef, ready);
  const notes = useReaderNotes(article, rowsRef);
  useDocumentTitle(i18n.language === 'en' && article.title.en ? article.title.en : article.title.ar);

  const linker = useSentenceLinker(article, rowsRef);
  const cursorPlace = useCallback(() => linker.cursorPlace(), [linker]);
  const reloadNotes = notes.actions.reload;
  const alignmentMenu = useAlignmentEditing({
    article,
    complete,
    rowsRef,
    onAlignment,
    onRowsChanged: reloadNotes,
    cursorPlace,
  });

  const [setAsideOpen, setSetAsideOpen] = useState(false);
  const toggleSetAside = useCallback(() => setSetAsideOpen((open) => !open), []);
  const closeSetAside = useCallback(() => setSetAsideOpen(false), []);

  // The Arabic side is physical (right or left), whichever way the UI itself runs.
  const arabicAtInlineStart = (settings.arabicSide === 'left') === (i18n.dir() === 'ltr');

  return (
    <AlignmentMenuContext value={alignmentMenu}>
      <div
        className={`reader ${arabicAtInlineStart ? 'ar-inline-start' : 'ar-inline-end'}`}
        data-testid="reader"
        data-ready={ready ? 'true' : 'false'}
        data-arabic-side={settings.arabicSide}
        style={textVariables(settings.text)}
      >
        <AppHeader start={<BackButton />}>
          <ReaderToolbar
            setAsideCount={article.setAside.length}
            setAsideOpen={setAsideOpen}
            onToggleSetAside={toggleSetAside}
          />
          <NotesToolbar notes={notes} />
        </AppHeader>
        <main className="reader-body">
          <ArticleHead title={article.title} />
          <ArticleRows
            rowsRef={rowsRef}
            article={article}
            complete={complete}
            totalRows={totalRows}
            start={start}
            onReady={markReady}
          />
        </main>
        {setAsideOpen && <SetAsidePanel blocks={article.setAside} onClose={closeSetAside} />}
        <NotesLayer notes={notes} />
        <SentenceLinking rowsRef={rowsRef} linker={linker} />
      </div>
    </AlignmentMenuContext>
  );
}
