import { describe, expect, it } from 'vitest';
import { importDocument, importSidecar } from '../../electron/core/import/importDocument';

/** The rules for reading a plain-text or Markdown article, as the library reads every file. */
const bytes = (text: string) => new TextEncoder().encode(text);
const arabic = (text: string, name = 'a.txt') => importDocument(bytes(text), name);
const english = (text: string, name = 'a.en.txt') => importSidecar(bytes(text), name);

describe('plain-text articles', () => {
  it('takes the first non-empty line as title and blank-line separated paragraphs', () => {
    const doc = arabic('\n\n  العنوان  \n\nفقرة أولى\nتكملة السطر\n\n\nفقرة ثانية\n');
    expect(doc.title.ar).toBe('العنوان');
    expect(doc.ar).toEqual(['فقرة أولى تكملة السطر', 'فقرة ثانية']);
  });

  it('uses one paragraph per line when the file has no blank lines, whatever its line breaks', () => {
    expect(english('Title\r\nOne\r\nTwo\r\nThree\r\n')).toMatchObject({
      title: 'Title',
      paragraphs: ['One', 'Two', 'Three'],
    });
    expect(arabic('عنوان\rفقرة\rثانية').ar).toEqual(['فقرة', 'ثانية']);
    expect(arabic('عنوان\u2028فقرة أولى\u2029فقرة ثانية').ar).toEqual(['فقرة أولى', 'فقرة ثانية']);
  });

  it('keeps the text of paragraphs exactly, inner spacing and marks included', () => {
    const text = 'عنوان\n\nوقال ديفيد شينكر  إن الجدولَ الزمنيّ ـــ لم يُناقش.';
    expect(arabic(text).ar).toEqual(['وقال ديفيد شينكر  إن الجدولَ الزمنيّ ـــ لم يُناقش.']);
  });

  it('reads a Markdown heading as the title, closing hashes and all', () => {
    expect(arabic('# Title here\n\nBody', 'a.md').title.ar).toBe('Title here');
    expect(arabic('## Title here ##\n\nBody', 'a.md').title.ar).toBe('Title here');
  });

  it('refuses a file with no text instead of showing an empty article', () => {
    expect(() => arabic(' \n\n')).toThrow(expect.objectContaining({ code: 'empty-article' }));
  });
});

describe('furniture at the end of a plain-text article', () => {
  it('sets aside trailing link headers and consent notices, in Arabic and in English', () => {
    const en = english(
      'Cookies and the law\n\n' +
        'Browsers began storing small files for websites in 1994, and the habit spread within a year.\n\n' +
        'A real paragraph about cookies and their history in Europe, which goes on for a while.\n\n' +
        'The rules changed again in 2018, when regulators asked sites to explain what they stored.\n\n' +
        'You may also like\n\n' +
        'This site uses cookies to improve your experience. Accept\n',
    );
    expect(en.paragraphs).toHaveLength(3);
    expect(en.paragraphs[1]).toMatch(/^A real paragraph about cookies/);
    expect(en.setAside.map((block) => block.text)).toEqual([
      'You may also like',
      'This site uses cookies to improve your experience. Accept',
    ]);
    const ar = arabic(
      'عنوان المقال\n\nنقلت الوكالة الرسمية عن رئيس الوزراء قوله إن المحادثات مستمرة وإن الجدول الزمني لم يتغير.\n\nاقرأ أيضاً:\n',
    );
    expect(ar.ar).toHaveLength(1);
    expect(ar.setAside.map((block) => [block.kind, block.text, block.after])).toEqual([
      ['boilerplate', 'اقرأ أيضاً:', 1],
    ]);
  });
});

/** Wraps text greedily at `width` characters, as an editor's hard wrap does. */
function hardWrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

describe('lines inside a blank-line block', () => {
  const first =
    'تراجعت أسعار الخضار في أسواق المدينة هذا الأسبوع بعد وصول شحنات جديدة من المزارع القريبة. ' +
    'وقال باعة إن الإقبال ما زال ضعيفاً رغم انخفاض الأسعار بنحو الربع مقارنة بالشهر الماضي';
  const second =
    'Farmers said the early rain had helped the harvest, and traders expected prices to keep falling ' +
    'until the end of the month, when the first winter crops reach the market.';

  it('keeps a hard-wrapped paragraph as one, even where a line happens to end a sentence', () => {
    for (const width of [38, 52, 70]) {
      const doc = arabic(`الخضار أرخص هذا الأسبوع\n\n${hardWrap(first, width)}\n\nفقرة ثانية قصيرة.\n`);
      expect(doc.ar).toEqual([first, 'فقرة ثانية قصيرة.']);
    }
    const en = english(`Rain brings an early harvest\n\n${hardWrap(second, 45)}\n\nAnother paragraph.\n`);
    expect(en.paragraphs).toEqual([second, 'Another paragraph.']);
  });

  it('gives complete sentences on lines of their own one paragraph each', () => {
    const doc = arabic(
      'حديقة جديدة للحي الشرقي\n\nافتتحت البلدية حديقة جديدة في الحي الشرقي.\nوتضم الحديقة ملعباً للأطفال وممرات للمشي؟\n' +
        'ويأمل السكان أن تبقى مفتوحة طوال الصيف!\n\nوفي الختام شكر الرئيس الحضور.\n',
    );
    expect(doc.ar).toEqual([
      'افتتحت البلدية حديقة جديدة في الحي الشرقي.',
      'وتضم الحديقة ملعباً للأطفال وممرات للمشي؟',
      'ويأمل السكان أن تبقى مفتوحة طوال الصيف!',
      'وفي الختام شكر الرئيس الحضور.',
    ]);
  });

  it('splits a short line from the long paragraph under it: nothing made it wrap there', () => {
    const lead = `${first}.`;
    const doc = arabic(`عنوان المقال\n\nجولة في السوق\n${lead}\n\nوفي الختام شكر الباعة الزبائن.\n`);
    expect(doc.ar).toEqual(['جولة في السوق', lead, 'وفي الختام شكر الباعة الزبائن.']);
  });
});

describe('known miss carried over from the first plain-text parser', () => {
  // That parser never set aside a text's only paragraph. The clean-up has no such floor: when no
  // paragraph reads as prose free of furniture words, everything counts as the page's tail, where
  // any mention of cookies reads as a consent notice. This test turns red once that is fixed.
  it.fails('keeps a closing paragraph that discusses cookies in the body', () => {
    const en = english(
      'Cookies and the law\n\nA real paragraph about cookies and their history in Europe, which goes on for a while.\n',
    );
    expect(en.paragraphs).toEqual([
      'A real paragraph about cookies and their history in Europe, which goes on for a while.',
    ]);
  });
});
