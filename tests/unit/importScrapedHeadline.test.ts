import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/core/import/importDocument';

/**
 * Choosing the headline among the lines above a scraped article's first paragraph, and the
 * reporter lines under it. The pages here are made up for the rules, not taken from any fixture.
 */
const read = (text: string) => importDocument(new TextEncoder().encode(text), 'page.txt');
const asides = (text: string) => read(text).setAside.map((block) => [block.kind, block.text]);

const lead =
  'افتتحت في الدوحة صباح اليوم أكبر مكتبة عامة في البلاد، وتوافد آلاف الزوار إلى مبناها الجديد ' +
  'الذي يضم أكثر من مليون كتاب بلغات مختلفة.';
const second = 'وقالت إدارة المكتبة إن أبوابها ستبقى مفتوحة حتى منتصف الليل طوال الأسبوع الأول.';
const headline = 'افتتاح أكبر مكتبة عامة في الدوحة بحضور آلاف الزوار';

describe('headline choice', () => {
  it('passes over a masthead and slogan for the line that speaks of the lead', () => {
    for (const masthead of ['نافذة الخليج — أخبار لا تنام', 'نافذة الخليج | أخبار لا تنام']) {
      const text = `${masthead}\nالجمعة 7 نوفمبر 2025 | الدوحة 29°\n\n${headline}\n\n${lead}\n\n${second}\n`;
      const doc = read(text);
      expect(doc.title.ar).toBe(headline);
      expect(doc.ar).toEqual([lead, second]);
      expect(doc.setAside.map((block) => block.text)).toContain(masthead);
    }
  });

  it('passes over a nav item and a trending line, whatever sits between them and the headline', () => {
    const price = 'أسعار الذهب ترتفع لأعلى مستوى في ثلاثة أشهر';
    const goldLead =
      'ارتفعت أسعار الذهب في الأسواق المحلية اليوم إلى أعلى مستوى لها منذ ثلاثة أشهر، مدفوعة ' +
      'بتراجع الدولار وتزايد الطلب على الملاذات الآمنة.';
    const doc = read(
      `اقتصاد محلي\nالأكثر بحثاً: أسعار الذهب، سعر الدولار، حالة الطقس\n${price}\nكتب: سامي الراشد\n${goldLead}\n${second}\n`,
    );
    expect(doc.title.ar).toBe(price);
    expect(doc.ar).toEqual([goldLead, second]);
    expect(doc.metadata.byline).toBe('سامي الراشد');
  });

  it('keeps the first line when it already speaks of the lead', () => {
    const first = 'مهرجان الزيتون يعود إلى جرش بعد غياب';
    const deck = 'مزارعون من كل المحافظات يعرضون زيت الموسم الجديد في جرش';
    const olives =
      'يعود مهرجان الزيتون إلى مدينة جرش هذا الأسبوع بعد غياب دام عامين، ويشارك فيه مزارعون من ' +
      'مختلف المحافظات لعرض زيت الموسم الجديد.';
    const doc = read(`${first}\n\n${deck}\n\n${olives}\n`);
    expect(doc.title.ar).toBe(first);
    expect(doc.ar).toEqual([deck, olives]);
  });

  it('never takes a long line of article text for the headline', () => {
    const longLine =
      'افتتاح أكبر مكتبة عامة في الدوحة بحضور آلاف الزوار الذين جاؤوا من كل المدن منذ الصباح ' +
      'الباكر لرؤية المبنى الجديد وقاعاته الواسعة';
    const doc = read(`منبر الشباب — كلمة حرة\n\n${longLine}\n\n${lead}\n`);
    expect(doc.ar).toEqual([longLine, lead]);
  });
});

describe('reporter lines under the headline', () => {
  it('sets aside "place - name" right above the first paragraph, as the byline', () => {
    const doc = read(`${headline}\n\nالدوحة - مريم الكواري\n\n${lead}\n`);
    expect(doc.ar).toEqual([lead]);
    expect(doc.metadata.byline).toBe('مريم الكواري');
    expect(asides(`${headline}\n\nالدوحة: مريم الكواري\n${lead}\n`)).toEqual([
      ['byline', 'الدوحة: مريم الكواري'],
    ]);
  });

  it('sets aside the reporter, place and date on one line', () => {
    const doc = read(`${headline}\n\nمريم الكواري - الدوحة | نُشر في 7 نوفمبر 2025\n\n${lead}\n`);
    expect(doc.ar).toEqual([lead]);
    expect(doc.metadata.byline).toBe('مريم الكواري - الدوحة');
  });

  it('keeps such a line in the body, where it is a sub-heading', () => {
    const sub = 'المرحلة الثانية: القاعات الجديدة';
    const doc = read(`${headline}\n\n${lead}\n\n${sub}\n\n${second}\n`);
    expect(doc.ar).toEqual([lead, sub, second]);
  });
});
