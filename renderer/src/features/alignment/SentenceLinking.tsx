import { type RefObject, useEffect, useState } from 'react';
import type { Announcement } from './announcement';
import { SentenceAnnouncer } from './SentenceAnnouncer';
import type { SentenceLinker } from './sentenceLinker';
import { useCaretLink } from './useCaretLink';
import { useSentenceHover } from './useSentenceHover';
import { useSentenceKeys } from './useSentenceKeys';
import './alignment.css';

/** Sentence linking between the panes, by pointer, keyboard and text caret. */
export function SentenceLinking({
  rowsRef,
  linker,
}: {
  rowsRef: RefObject<HTMLElement | null>;
  linker: SentenceLinker;
}) {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  useSentenceHover(rowsRef, linker);
  useSentenceKeys(rowsRef, linker, setAnnouncement);
  useCaretLink(rowsRef, linker, setAnnouncement);
  // Rows that changed take the cursor with them, and what was said of it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new linker
  useEffect(() => setAnnouncement(null), [linker]);
  return <SentenceAnnouncer announcement={announcement} />;
}
