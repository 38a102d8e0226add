import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/core/import/importDocument';

/**
 * A second, unseen test set for the scraped-page clean-up: 12 Arabic article pages (9 copied or scraped
 * as .txt, 3 saved as .html) with hand-labelled gold written before any of them went through the
 * import pipeline. See tests/fixtures/scraped-unseen/gold.json.
 *
 * Scores: the title is exactly right; the body is exactly right (every gold paragraph, in order, and
 * nothing else). Safety, asserted hard on every page: no gold body paragraph is lost, i.e. each one is
 * still found in the body and set-aside blocks, read back in file order.
 */

const fixturesDir = path.join(import.meta.dirname, '..', 'fixtures', 'scraped-unseen');

interface GoldPage {
  file: string;
  country: string;
  kind: string;
  title: string;
  body: string[];
}

const gold: { pages: GoldPage[] } = JSON.parse(readFileSync(path.join(fixturesDir, 'gold.json'), 'utf8'));

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface PageResult {
  page: GoldPage;
  title: string;
  body: string[];
  titleOk: boolean;
  bodyOk: boolean;
  lost: string[];
  missingFromBody: string[];
  extraInBody: string[];
  setAsideCount: number;
}

function score(page: GoldPage): PageResult {
  const doc = importDocument(readFileSync(path.join(fixturesDir, page.file)), page.file);
  const title = collapse(doc.title.ar);
  const body = doc.ar.map(collapse);
  const goldBody = page.body.map(collapse);

  // Body and set-aside blocks back in file order: a block set aside with `after: k` came after k body
  // paragraphs. A gold paragraph counts as kept if it is inside that text, even if it was split or merged.
  const ordered: string[] = [];
  for (let k = 0; k <= body.length; k++) {
    for (const block of doc.setAside) if (block.after === k) ordered.push(collapse(block.text));
    if (k < body.length) ordered.push(body[k]!);
  }
  for (const block of doc.setAside) {
    if (block.after < 0 || block.after > body.length) ordered.push(collapse(block.text));
  }
  const everything = ordered.join(' ');
  const lost = goldBody.filter((paragraph) => !everything.includes(paragraph));

  return {
    page,
    title,
    body,
    titleOk: title === collapse(page.title),
    bodyOk: body.length === goldBody.length && body.every((paragraph, i) => paragraph === goldBody[i]),
    lost,
    missingFromBody: goldBody.filter((paragraph) => !body.includes(paragraph)),
    extraInBody: body.filter((paragraph) => !goldBody.includes(paragraph)),
    setAsideCount: doc.setAside.length,
  };
}

const results = gold.pages.map(score);
const titlesRight = results.filter((r) => r.titleOk).length;
const bodiesRight = results.filter((r) => r.bodyOk).length;
const nothingLost = results.filter((r) => r.lost.length === 0).length;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

function report(): string {
  const lines = [
    'scraped-unseen: page | country | kind | title | body (got/gold) | lost | set aside',
    ...results.map((r) =>
      [
        r.page.file.padEnd(30),
        r.page.country.padEnd(12),
        r.page.kind.padEnd(32),
        r.titleOk ? 'ok  ' : 'MISS',
        `${r.bodyOk ? 'ok  ' : 'MISS'} ${r.body.length}/${r.page.body.length}`,
        r.lost.length === 0 ? 'none' : `${r.lost.length} LOST`,
        String(r.setAsideCount),
      ].join(' | '),
    ),
    `titles ${titlesRight}/${results.length}, bodies ${bodiesRight}/${results.length}, nothing lost ${nothingLost}/${results.length}`,
  ];
  for (const r of results) {
    if (!r.titleOk) lines.push(`  ${r.page.file}: title was «${short(r.title)}»`);
    for (const p of r.missingFromBody)
      lines.push(`  ${r.page.file}: gold paragraph not in body: «${short(p)}»`);
    for (const p of r.extraInBody) lines.push(`  ${r.page.file}: extra in body: «${short(p)}»`);
    if (!r.bodyOk && r.missingFromBody.length === 0 && r.extraInBody.length === 0) {
      lines.push(`  ${r.page.file}: body has the right paragraphs but in the wrong order or repeated`);
    }
  }
  return lines.join('\n');
}

/*
 * Floors, as first observed: titles 5/12, bodies 4/12, nothing lost 12/12. A regression fails; an
 * improvement does not, but then raise the floor. Misses at that time, with a guess at the reason:
 *
 * - iraq-sports-league.txt: title was the site name and slogan line; the body kept the date-and-weather
 *   widget (merged with the breaking-news ticker, same block), the real headline and the dateline
 *   "بغداد - علي الساعدي".
 * - sudan-economy-pound.txt: title was "site | slogan"; the body kept the weather widget, the real
 *   headline, the dateline "بورتسودان: سودان إيكونومي", the newsletter field "أدخل بريدك الإلكتروني" and
 *   the notification prompt "هل تريد تلقي إشعارات…".
 * - palestine-health-heat.txt: title was the nav item "أخبار محلية"; in a file with some blank lines, lines
 *   with no blank line between them were merged into one paragraph (nav + weather + date + section label;
 *   headline + dateline + first paragraph; two pairs of real paragraphs with a "يهمك أيضاً.." line inside).
 * - libya-tech-5g.txt: title was the "الأكثر بحثاً:" trending line; the body kept the real headline, the
 *   section label "شروحات", the video caption and the comment-form labels "اسمك" and "تعليقك".
 * - mauritania-interview.txt: title was the place-and-date line; the body kept the real headline, the
 *   byline "حاوره في نواكشوط: …" and the share / related / copyright lines at the end, merged into one block.
 * - algeria-travel-ghardaia.txt: title was the slogan half of the site line; the body kept the weather
 *   widget, the section label merged with the headline and the "علامات:" tag line; lines with no blank line
 *   between them were merged (sub-headings into the next paragraph, photo captions into paragraphs).
 * - saudi-science-meteor.html: title right; the body kept the section label "فضاء", the h1 again, the
 *   byline-and-date line and the ad label "المحتوى الإعلاني".
 * - morocco-municipal-water.txt: title was the site name "القنيطرة 24"; the body kept the date-and-weather
 *   widget, the prayer-times widget, the section label "بلاغات", the real headline and the follow prompt.
 *
 * Right from the start: oman-book-review.html, yemen-court-verdict.html and the two pages with no
 * furniture (bahrain-obituary.txt, egypt-awqaf-sermon.txt).
 */
const FLOORS = { titles: 5, bodies: 4 };

describe('scraped-page clean-up on an unseen set (tests/fixtures/scraped-unseen)', () => {
  it('prints the score table', () => {
    console.log(report());
    expect(results).toHaveLength(12);
  });

  it.each(gold.pages.map((page) => [page.file]))('loses no gold body paragraph in %s', (file) => {
    const result = results.find((r) => r.page.file === file)!;
    expect(result.lost).toEqual([]);
  });

  it('keeps the title and body scores at or above the floor observed', () => {
    expect(titlesRight).toBeGreaterThanOrEqual(FLOORS.titles);
    expect(bodiesRight).toBeGreaterThanOrEqual(FLOORS.bodies);
  });
});
