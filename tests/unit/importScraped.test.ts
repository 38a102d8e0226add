import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/core/import/importDocument';
import type { ImportedDocument } from '../../electron/core/import/types';
import { repoRoot } from '../helpers/paths';

interface Expected {
  title: string;
  paragraphs: number;
  first: string;
  last: string;
  setAside: string[];
  encoding?: string;
  metadata?: Record<string, string>;
}

const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'import', 'scraped');
const fixtures = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const dir = path.join(fixturesDir, entry.name);
    const page = readdirSync(dir).find((name) => name.startsWith('page.'))!;
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    return { name: entry.name, file: path.join(dir, page), expected };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

function titleRight(doc: ImportedDocument, expected: Expected): boolean {
  return doc.title.ar === expected.title;
}

function bodyRight(doc: ImportedDocument, expected: Expected): boolean {
  return (
    doc.ar.length === expected.paragraphs &&
    (doc.ar[0] ?? '').startsWith(expected.first) &&
    (doc.ar[doc.ar.length - 1] ?? '').startsWith(expected.last)
  );
}

function kinds(doc: ImportedDocument): string[] {
  return [...new Set(doc.setAside.map((block) => block.kind))].sort();
}

describe('scraped Arabic pages', () => {
  it('has a varied fixture set of text and HTML pages', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    const extensions = new Set(fixtures.map((fixture) => path.extname(fixture.file)));
    expect(extensions).toEqual(new Set(['.txt', '.html']));
  });

  it('finds the real title and body of nearly every page (score printed)', () => {
    let titles = 0;
    let bodies = 0;
    const misses: string[] = [];
    for (const { name, file, expected } of fixtures) {
      const doc = importDocument(readFileSync(file), path.basename(file));
      const title = titleRight(doc, expected);
      const body = bodyRight(doc, expected);
      if (title) titles++;
      if (body) bodies++;
      if (!title) misses.push(`${name}: title ${JSON.stringify(doc.title.ar)}`);
      if (!body)
        misses.push(
          `${name}: ${doc.ar.length} paragraphs, from ${JSON.stringify(doc.ar[0]?.slice(0, 40))} to ${JSON.stringify(doc.ar.at(-1)?.slice(0, 40))}`,
        );
    }
    console.log(`scraped pages: titles ${titles}/${fixtures.length}, bodies ${bodies}/${fixtures.length}`);
    for (const miss of misses) console.log(`  miss ${miss}`);
    expect(titles / fixtures.length).toBeGreaterThanOrEqual(0.9);
    expect(bodies / fixtures.length).toBeGreaterThanOrEqual(0.9);
  });

  for (const { name, file, expected } of fixtures) {
    it(`${name}: sets aside furniture by kind and keeps metadata`, () => {
      const doc = importDocument(readFileSync(file), path.basename(file));
      expect(kinds(doc)).toEqual([...expected.setAside].sort());
      if (expected.encoding) expect(doc.encoding).toBe(expected.encoding);
      for (const [key, value] of Object.entries(expected.metadata ?? {})) {
        expect(doc.metadata[key as keyof ImportedDocument['metadata']]).toBe(value);
      }
      // Set-aside positions point into the body as it came out.
      for (const block of doc.setAside) expect(block.after).toBeLessThanOrEqual(doc.ar.length);
    });
  }
});

const read = (text: string) => importDocument(new TextEncoder().encode(text), 'page.txt');
const body =
  'قالت الهيئة العامة للطرق إن أعمال الصيانة في الطريق الساحلي ستنتهي قبل نهاية الشهر الجاري، وإن الحركة ستعود إلى طبيعتها بعد ذلك.';

describe('scraped page headers and lists', () => {
  it('looks past several stacked labels (site, section, column, writer) to the headline', () => {
    const doc = read(
      `الوطن\nمقالات\nأعمدة\nسعاد الكعبي\nالطريق الساحلي يعود قريبا إلى ما كان عليه\n\n${body}\n`,
    );
    expect(doc.title.ar).toBe('الطريق الساحلي يعود قريبا إلى ما كان عليه');
    expect(doc.ar).toEqual([body]);
    expect(doc.setAside.map((block) => block.text)).toEqual(['الوطن', 'مقالات', 'أعمدة', 'سعاد الكعبي']);
  });

  it('sets aside short labels under the title when a date or byline follows them', () => {
    const doc = read(
      `الطريق الساحلي يعود قريبا إلى ما كان عليه\nمحليات\nسعاد الكعبي\nآخر تحديث: 04-02-2024 | 10:15\n\n${body}\n`,
    );
    expect(doc.ar).toEqual([body]);
    expect(doc.setAside.map((block) => [block.kind, block.text])).toEqual([
      ['boilerplate', 'محليات'],
      ['boilerplate', 'سعاد الكعبي'],
      ['date', 'آخر تحديث: 04-02-2024 | 10:15'],
    ]);
    expect(doc.metadata.date).toBe('04-02-2024 | 10:15');
  });

  it('keeps short opening paragraphs that lead to page furniture rather than to a date', () => {
    const doc = read('عنوان المقال\n\nفقرة أولى\n\nفقرة ثانية\n\nقد يعجبك ايضا\n');
    expect(doc.ar).toEqual(['فقرة أولى', 'فقرة ثانية']);
  });

  it('reads the lines under a "most read" header as the list items they are', () => {
    const doc = read(
      `عنوان المقال الذي يقرؤه الناس اليوم\n\n${body}\n\nالأكثر قراءة\nافتتاح جسر جديد في المدينة\nتمديد التسجيل في الجامعات\n`,
    );
    expect(doc.ar).toEqual([body]);
    expect(doc.setAside.map((block) => block.text)).toEqual([
      'الأكثر قراءة',
      'افتتاح جسر جديد في المدينة',
      'تمديد التسجيل في الجامعات',
    ]);
  });

  it('keeps a soft-wrapped paragraph whole under a "read also" line', () => {
    const doc = read(
      `عنوان المقال الذي يقرؤه الناس اليوم\n\n${body}\n\nاقرأ أيضا\nوأوضحت الهيئة أن فرقها تعمل على مدار الساعة\nلإنهاء الأعمال في الموعد المحدد.\n`,
    );
    expect(doc.ar.at(-1)).toBe(
      'وأوضحت الهيئة أن فرقها تعمل على مدار الساعة لإنهاء الأعمال في الموعد المحدد.',
    );
  });

  it('recognises captions that end in an Arabic agency credit or a dashed photo credit', () => {
    const doc = read(
      `عنوان المقال الذي يقرؤه الناس اليوم\n\n${body}\n\nعمال الصيانة على الطريق الساحلي (رويترز)\n\n${body}\n\nوزير النقل خلال جولته - تصوير: علي حسن\n\n${body}\n`,
    );
    expect(doc.ar).toEqual([body, body, body]);
    expect(doc.setAside.map((block) => block.kind)).toEqual(['caption', 'caption']);
  });
});
