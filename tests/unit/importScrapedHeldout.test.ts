import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/core/import/importDocument';
import { repoRoot } from '../helpers/paths';

/**
 * A held-out check of the scraped-page clean-up: pages written apart from the ones the rules were
 * tuned on, each with its title, body paragraphs and furniture set down in gold.json before the
 * importer ever read it. Scores are printed; what the clean-up still gets wrong is listed below
 * with a reason, so the list is the honest record of its limits and shrinks as they are fixed.
 */
interface Gold {
  region: string;
  page: string;
  title: string;
  body: string[];
  /** Text that must end up in a set-aside block (a block may hold more than one such piece). */
  furniture: string[];
}

interface KnownMiss {
  reason: string;
  /** The title the clean-up picks instead of the gold one. */
  title?: string;
  /** Furniture the clean-up keeps in the body, as the gold file spells it. */
  keptInBody?: string[];
}

// No known miss drops a body paragraph: each only leaves furniture in the body or misses a title.
const knownMisses: Record<string, KnownMiss> = {
  '01-uae-municipal-news.txt': {
    reason:
      'A dateline of place and agency abbreviation on its own line, straight above the body: nothing ' +
      'after it marks it as header, and the agency lists know international agencies, not state ones (وام، قنا).',
    keptInBody: ['دبي - وام'],
  },
  '02-saudi-opinion-column.txt': {
    reason:
      '"المقالات السابقة للكاتب" (the writer\'s earlier columns) is not a known list header, so the ' +
      'headlines under it read as one paragraph of soft-wrapped lines.',
    keptInBody: [
      'المقالات السابقة للكاتب',
      'مدننا بحاجة إلى أرصفة قبل الجسور',
      'عن الكتاب الذي لم يعد أحد يقرؤه',
      'متى نتعلم من أخطاء المواسم الماضية؟',
    ],
  },
  '07-forum-recipe-post.txt': {
    reason:
      'Forum furniture under a post (رد مع اقتباس, the edit note, مواضيع مشابهة) is vocabulary the ' +
      'clean-up does not know; the lines form one block and read as one paragraph.',
    keptInBody: [
      'رد مع اقتباس',
      'التعديل الأخير تم بواسطة أم يوسف ; 12-10-2023 الساعة 09:02 PM',
      'مواضيع مشابهة',
      'طريقة عمل المسخن الفلسطيني',
      'أسهل طريقة للكبسة باللحم',
    ],
  },
  '08-jordan-no-blank-lines.txt': {
    reason: 'The share prompts cover "شارك الخبر" but not "شارك هذا الخبر".',
    keptInBody: ['شارك هذا الخبر'],
  },
  '09-algeria-football.txt': {
    reason:
      '"على الساعة" (the Maghreb "at … o\'clock") is not a date word, so the line is not read as a date.',
    keptInBody: ['نشر في 27 ماي 2024 على الساعة 18:40'],
  },
  '11-syria-opinion-short-paragraphs.txt': {
    reason: 'No rule knows the opinion-page disclaimer ("الآراء الواردة … لا تعكس بالضرورة رأي الموقع").',
    keptInBody: ['الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة رأي الموقع'],
  },
  '14-tunisia-ministry-release.html': {
    reason:
      'The headline is an <h2> on a page with no <h1>, so the title falls back to <title>, whose ' +
      'ministry prefix is no known site name. The HTML title choice only weighs <h1> headings.',
    title: 'وزارة التربية - بلاغ حول روزنامة امتحان البكالوريا دورة 2024',
  },
};

const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'scraped-heldout');
const gold = JSON.parse(readFileSync(path.join(fixturesDir, 'gold.json'), 'utf8')) as Record<string, Gold>;
const pages = Object.keys(gold).sort();

// Markup and soft wraps change spacing, not text: compare with runs of white space made one space.
const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();

function scorePage(name: string) {
  const expected = gold[name]!;
  const doc = importDocument(readFileSync(path.join(fixturesDir, name)), name);
  const body = doc.ar.map(normalise);
  const setAside = doc.setAside.map((block) => normalise(block.text));
  const goldBody = expected.body.map(normalise);
  const title = normalise(doc.title.ar);
  const missing = goldBody.filter((paragraph) => !body.includes(paragraph));
  const extra = body.filter((paragraph) => !goldBody.includes(paragraph));
  const furnitureMissed = expected.furniture.filter(
    (piece) => !setAside.some((block) => block.includes(normalise(piece))),
  );
  // Whatever the verdict, every piece of the page must still be somewhere a reader can find it.
  const everywhere = [title, ...body, ...setAside];
  const lost = [...goldBody, ...expected.furniture.map(normalise)].filter(
    (text) => !everywhere.some((kept) => kept.includes(text)),
  );
  return {
    title,
    body,
    goldBody,
    titleRight: title === normalise(expected.title),
    bodyRight: missing.length === 0 && extra.length === 0 && body.join('\n') === goldBody.join('\n'),
    missing,
    extra,
    furnitureMissed,
    lost,
  };
}

const scores = new Map(pages.map((name) => [name, scorePage(name)]));

describe('scraped Arabic pages held out from tuning', () => {
  it('is a varied set of text and saved HTML pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(new Set(pages.map((name) => path.extname(name)))).toEqual(new Set(['.txt', '.html']));
  });

  it('prints the score: titles, bodies and furniture right, page by page', () => {
    const count = (pick: (score: ReturnType<typeof scorePage>) => boolean) =>
      [...scores.values()].filter(pick).length;
    const lines = [
      `held-out scraped pages: titles ${count((s) => s.titleRight)}/${pages.length}, ` +
        `bodies ${count((s) => s.bodyRight)}/${pages.length}, ` +
        `furniture ${count((s) => s.furnitureMissed.length === 0)}/${pages.length}`,
    ];
    for (const [name, score] of scores) {
      if (!score.titleRight) lines.push(`  ${name}: title ${JSON.stringify(score.title)}`);
      for (const text of score.missing)
        lines.push(`  ${name}: body paragraph set aside ${JSON.stringify(text)}`);
      for (const text of score.extra) lines.push(`  ${name}: furniture kept in body ${JSON.stringify(text)}`);
      for (const text of score.furnitureMissed)
        lines.push(`  ${name}: furniture not set aside ${JSON.stringify(text)}`);
    }
    console.log(lines.join('\n'));
    expect(scores.size).toBe(pages.length);
  });

  it('lists only pages and texts the set holds as known misses', () => {
    for (const [name, miss] of Object.entries(knownMisses)) {
      expect(pages).toContain(name);
      expect(miss.reason).not.toBe('');
      for (const text of miss.keptInBody ?? []) expect(gold[name]!.furniture).toContain(text);
    }
  });

  for (const name of pages) {
    const miss = knownMisses[name];
    it(`${name}: title, body and furniture as the gold file says${miss ? ' (known miss listed)' : ''}`, () => {
      const score = scores.get(name)!;
      expect(score.lost).toEqual([]);
      // No body paragraph may be set aside, known miss or not.
      expect(score.missing).toEqual([]);
      if (miss?.title) expect(score.title).toBe(miss.title);
      else expect(score.titleRight).toBe(true);
      expect(score.furnitureMissed).toEqual(miss?.keptInBody ?? []);
      if (!miss?.keptInBody) {
        expect(score.bodyRight).toBe(true);
        return;
      }
      // The body is the gold body, in order, plus paragraphs made only of the listed furniture.
      const leftOver = (text: string) =>
        miss.keptInBody!.reduce((rest, piece) => rest.replace(normalise(piece), ''), text).trim();
      for (const text of score.extra) expect(leftOver(text)).toBe('');
      expect(score.body.filter((text) => !score.extra.includes(text))).toEqual(score.goldBody);
    });
  }
});
