import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A library of many small articles for the scan benchmark: scraped-style Arabic text files with
 * a title, a few paragraphs and some page furniture, a third with an English translation beside
 * them, spread over sub-folders as a real collection would be. Deterministic for a given seed.
 */
const words = [
  'الحكومة',
  'أعلنت',
  'وزارة',
  'العراق',
  'الولايات',
  'المتحدة',
  'المفاوضات',
  'الاقتصاد',
  'المياه',
  'الطاقة',
  'الانتخابات',
  'البرلمان',
  'المواطنين',
  'مشروع',
  'جديد',
  'خلال',
  'العام',
  'الماضي',
  'المقبل',
  'قال',
  'وأضاف',
  'أن',
  'في',
  'من',
  'إلى',
  'على',
  'مع',
  'بعد',
  'قبل',
  'حول',
  'الدولية',
  'المنطقة',
  'الأمن',
];
const englishWords = [
  'the',
  'government',
  'said',
  'new',
  'project',
  'ministry',
  'water',
  'energy',
  'talks',
  'year',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, vocabulary: string[], length: number): string {
  return Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(' ');
}

export interface GeneratedLibrary {
  articles: number;
  sidecars: number;
  files: string[];
  bytes: number;
}

export async function generateLibrary(root: string, count: number, seed = 7): Promise<GeneratedLibrary> {
  const next = random(seed);
  const files: string[] = [];
  let sidecars = 0;
  let bytes = 0;
  const folders = Math.max(1, Math.ceil(count / 500));
  for (let folder = 0; folder < folders; folder++)
    await mkdir(path.join(root, `part-${folder}`), { recursive: true });
  const writes: Promise<void>[] = [];
  const write = (file: string, text: string) => {
    files.push(file);
    bytes += Buffer.byteLength(text);
    writes.push(writeFile(path.join(root, file), text));
  };
  for (let index = 0; index < count; index++) {
    const stem = `part-${index % folders}/article-${String(index).padStart(5, '0')}`;
    const paragraphs = 3 + Math.floor(next() * 5);
    const lines = [
      ...(next() < 0.3 ? ['الرئيسية | أخبار | سياسة | اقتصاد'] : []),
      `${sentence(next, words, 8)} | الجزيرة نت`,
      ...(next() < 0.5 ? ['بقلم: سارة علي', '20 أغسطس 2023'] : []),
      ...Array.from({ length: paragraphs }, () => `${sentence(next, words, 30 + Math.floor(next() * 30))}.`),
      ...(next() < 0.5
        ? ['قد يعجبك ايضا', 'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق']
        : []),
    ];
    write(`${stem}.txt`, `${lines.join('\n\n')}\n`);
    if (next() < 0.33) {
      sidecars++;
      const english = [
        sentence(next, englishWords, 8),
        ...Array.from({ length: paragraphs }, () => `${sentence(next, englishWords, 25)}.`),
      ];
      write(`${stem}.en.txt`, `${english.join('\n\n')}\n`);
    }
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  return { articles: count, sidecars, files, bytes };
}
