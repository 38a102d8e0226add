import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** One sentence of Arabic and its English translation. */
export interface SentencePair {
  ar: string;
  en: string;
}

interface QuranChapter {
  verses: Array<{ text: string; translation: string }>;
}

const require = createRequire(import.meta.url);

/**
 * Real parallel text: the 6,236 verses of the Quran in Arabic (fully vowelled Uthmani script)
 * with Saheeh International's English, one pair per verse, from the quran-json package
 * (CC BY 4.0). Verse lengths vary from a few letters to long passages, and the English runs
 * two to three times longer than the Arabic in characters: a hard, honest test of a length model.
 */
export async function loadQuranPairs(): Promise<SentencePair[]> {
  const file = require.resolve('quran-json/dist/quran_en.json');
  const chapters = JSON.parse(await readFile(file, 'utf8')) as QuranChapter[];
  const pairs: SentencePair[] = [];
  for (const chapter of chapters) {
    for (const verse of chapter.verses) {
      if (typeof verse.text !== 'string' || typeof verse.translation !== 'string') {
        throw new Error('quran-json changed shape: verses need text and translation strings');
      }
      pairs.push({ ar: verse.text.trim(), en: verse.translation.trim() });
    }
  }
  return pairs;
}
