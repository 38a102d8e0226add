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

/** The body, and the set-aside blocks as [kind, text] pairs, of a text page. */
function readParts(text: string) {
  const doc = read(text);
  return { doc, asides: doc.setAside.map((block) => [block.kind, block.text]) };
}
const headline = 'عنوان المقال الذي يقرؤه الناس اليوم';

describe('datelines', () => {
  it('sets aside a place and agency on a line of their own, as the source', () => {
    for (const dateline of [
      'الرياض - واس',
      'الرباط (ومع)',
      'رام الله – وفا:',
      'بيروت - الوكالة الوطنية للإعلام',
    ]) {
      const { doc, asides } = readParts(`${headline}\n${dateline}\n\n${body}\n`);
      expect(doc.ar).toEqual([body]);
      expect(asides).toEqual([['source', dateline]]);
    }
  });

  it('names the agency as the source when the page names no other', () => {
    const { doc } = readParts(`${headline}\nالجزائر - واج\n\n${body}\n`);
    expect(doc.metadata.source).toBe('واج');
  });

  it('leaves a paragraph whole when the dateline leads it', () => {
    const paragraph = `الكويت - كونا - ${body}`;
    const { doc, asides } = readParts(`${headline}\n\n${paragraph}\n`);
    expect(doc.ar).toEqual([paragraph]);
    expect(asides).toEqual([]);
  });

  it('keeps a short line of two places that no agency signs', () => {
    const { doc } = readParts(`${headline}\n\n${body}\n\nمصر - السعودية\n\n${body}\n`);
    expect(doc.ar).toEqual([body, 'مصر - السعودية', body]);
  });
});

describe("a writer's other articles", () => {
  it('sets aside the header and the headlines under it, in its common wordings', () => {
    for (const header of ['مقالات أخرى للكاتبة', 'أحدث مقالات الكاتب', 'للكاتب نفسه']) {
      const { doc, asides } = readParts(
        `${headline}\n\n${body}\n\n${header}\nالمدينة التي نسيت بحرها\nلماذا نكتب؟\n`,
      );
      expect(doc.ar).toEqual([body]);
      expect(asides.map(([, text]) => text)).toEqual([header, 'المدينة التي نسيت بحرها', 'لماذا نكتب؟']);
    }
  });

  it("keeps a paragraph that talks about the writer's earlier articles", () => {
    const paragraph = 'قرأت المقالات السابقة للكاتب نفسه فوجدت فيها الفكرة ذاتها تتكرر بأشكال مختلفة.';
    const { doc } = readParts(`${headline}\n\n${body}\n\n${paragraph}\n`);
    expect(doc.ar).toEqual([body, paragraph]);
  });
});

describe('forum chrome', () => {
  it("sets aside a poster's rank, counts and the post's buttons and edit note", () => {
    const header = 'سامي الحربي\nعضو مميز\nتاريخ الانضمام: Mar 2012\nالإقامة: جدة\nالمشاركات: 312';
    const footer = 'اقتباس\nالرد السريع\nآخر تعديل بواسطة سامي الحربي في 03-04-2019، 10:12 PM';
    const { doc, asides } = readParts(`${headline}\n${header}\n\n${body}\n\n${footer}\n`);
    expect(doc.ar).toEqual([body]);
    expect(asides.map(([, text]) => text)).toEqual([...header.split('\n'), ...footer.split('\n')]);
  });

  it('sets aside the signature under its rule', () => {
    const { doc, asides } = readParts(
      `${headline}\n\n${body}\n\n__________________\nسبحان الله وبحمده سبحان الله العظيم\n`,
    );
    expect(doc.ar).toEqual([body]);
    expect(asides.map(([, text]) => text)).toEqual([
      '__________________',
      'سبحان الله وبحمده سبحان الله العظيم',
    ]);
  });

  it('keeps text under a rule when article text follows it or it reads as sentences', () => {
    const setOff = 'وهذه ملاحظة أخيرة\nكتبتها بعد أن عدت من الرحلة.';
    const midway = readParts(`${headline}\n\n${body}\n\n__________\n${setOff}\n\n${body}\n`);
    expect(midway.doc.ar).toEqual([body, setOff.replace('\n', ' '), body]);
    const atEnd = readParts(`${headline}\n\n${body}\n\n__________\n${setOff}\n`);
    expect(atEnd.doc.ar).toEqual([body, setOff.replace('\n', ' ')]);
  });

  it('keeps paragraphs that talk about a forum, a quoted reply or an amendment', () => {
    const paragraphs = [
      'كتبت ردا مع اقتباس من المشاركة السابقة في المنتدى لأن الفكرة تستحق النقاش.',
      'عدل القانون من قبل البرلمان عام 2010 بعد نقاش طويل.',
      'المشاركات في المسابقة كثيرة هذا العام.',
    ];
    const { doc } = readParts(`${headline}\n\n${body}\n\n${paragraphs.join('\n\n')}\n`);
    expect(doc.ar).toEqual([body, ...paragraphs]);
  });
});

describe('share prompts', () => {
  it('sets aside a prompt that names what to share or where', () => {
    for (const prompt of ['شاركوا المقال عبر مواقع التواصل', 'مشاركة عبر:', 'شارك هذه القصة على فيسبوك']) {
      const { doc, asides } = readParts(`${headline}\n\n${body}\n\n${prompt}\n`);
      expect(doc.ar).toEqual([body]);
      expect(asides).toEqual([['boilerplate', prompt]]);
    }
  });

  it('keeps sentences about taking part or about sharing', () => {
    const paragraphs = [
      'شارك في المؤتمر أكثر من مئتي باحث من عشرين دولة.',
      'شارك الخبر آلاف المستخدمين على مواقع التواصل خلال ساعات.',
    ];
    const { doc } = readParts(`${headline}\n\n${body}\n\n${paragraphs.join('\n\n')}\n\n${body}\n`);
    expect(doc.ar).toEqual([body, ...paragraphs, body]);
  });
});

describe('times "at the hour"', () => {
  it('reads Maghrebi and Levantine time lines as dates', () => {
    for (const line of [
      'نشر بتاريخ 14 أفريل 2024 على الساعة 10:30',
      'آخر تحديث عند الساعة 16:05',
      'الخميس 2 ماي 2024 على الساعة 09h15',
    ]) {
      const { doc, asides } = readParts(`${headline}\n${line}\n\n${body}\n`);
      expect(doc.ar).toEqual([body]);
      expect(asides).toEqual([['date', line]]);
    }
  });

  it('keeps a sentence that gives a kick-off time', () => {
    const sentence = 'تنطلق المباراة على الساعة 21:00 بتوقيت الجزائر.';
    const { doc } = readParts(`${headline}\n\n${body}\n\n${sentence}\n\n${body}\n`);
    expect(doc.ar).toEqual([body, sentence, body]);
  });
});

describe('opinion disclaimers', () => {
  it("sets aside the note that the views are the writer's, in its common wordings", () => {
    for (const note of [
      'ملاحظة: المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الصحيفة',
      'الآراء المنشورة لا تمثل بالضرورة وجهة نظر المنصة',
      '* جميع المقالات المنشورة تعبر عن آراء أصحابها ولا تعكس بالضرورة موقف إدارة الموقع',
      'هذا المقال يعبر عن رأي كاتبه',
    ]) {
      const { doc, asides } = readParts(`${headline}\n\n${body}\n\n${note}\n`);
      expect(doc.ar).toEqual([body]);
      expect(asides).toEqual([['boilerplate', note]]);
    }
  });

  it('keeps sentences of a column that speak of opinions', () => {
    const paragraphs = [
      'الآراء الواردة في التقرير تعكس موقف الحكومة من الأزمة.',
      'المقال الذي نشرته الصحيفة أمس يعبر عن رأي كاتبه، وقد أثار جدلا واسعا بين القراء في الأيام الماضية.',
    ];
    const { doc } = readParts(`${headline}\n\n${body}\n\n${paragraphs.join('\n\n')}\n\n${body}\n`);
    expect(doc.ar).toEqual([body, ...paragraphs, body]);
  });
});
