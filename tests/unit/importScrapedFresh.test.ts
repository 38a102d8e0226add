import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/core/import/importDocument';

// Eight freshly written scraped pages (six copy-pasted .txt, two saved .html), with a gold title
// and gold body paragraphs per page. Scores: title exact, body exact (all gold paragraphs, in
// order, nothing else). Hard check on every page: no gold paragraph is lost — each appears, in
// order, in body ∪ set-aside joined in file order (merges and splits allowed).

const dir = path.join(__dirname, '..', 'fixtures', 'scraped-fresh');
const gold: Record<string, { title: string; body: string[] }> = JSON.parse(
  readFileSync(path.join(dir, 'gold.json'), 'utf-8'),
);
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Row {
  name: string;
  title: boolean;
  body: boolean;
  lost: string[];
}

function score(name: string): Row {
  const doc = importDocument(readFileSync(path.join(dir, name)), name);
  const want = gold[name]!;
  const body = doc.ar.map(ws);
  // Everything the importer kept, body and set-aside, in file order (plus the title).
  const all: string[] = [ws(doc.title.ar)];
  for (let i = 0; i <= body.length; i++) {
    for (const block of doc.setAside) if (block.after === i) all.push(ws(block.text));
    if (i < body.length) all.push(body[i]!);
  }
  const joined = all.join(' ');
  const lost: string[] = [];
  let at = 0;
  for (const para of want.body) {
    const found = joined.indexOf(para, at);
    if (found < 0) lost.push(para.slice(0, 40));
    else at = found + para.length;
  }
  return {
    name,
    title: ws(doc.title.ar) === want.title,
    body: body.length === want.body.length && body.every((p, i) => p === want.body[i]),
    lost,
  };
}

const names = Object.keys(gold);
const rows = names.map(score);

// Observed misses (reason guesses):
// - ajloun-olives.txt, title: took the slogan line "صوت المحافظات من إربد إلى العقبة" (second
//   line of the masthead, written without a blank line after the site name) as the headline.
// - ajloun-olives.txt, body: with the title wrong, the nav labels (run-on lines merged into one
//   paragraph), the date/weather widget, the section label "زراعة", the real headline and the
//   dateline "عجلون - مراسل نبض الشمال" all led the body.
// - iraq-parliament.txt, body: photo caption with credit "(أرشيف - الرافدين)" kept as paragraph 1;
//   "لا توجد تعليقات بعد. كن أول من يعلق!" (empty-comments prompt) kept as the last paragraph.
// - cairo-startup.txt, body: "وقت القراءة: 3 دقائق" (reading-time label) kept first; the
//   newsletter form ("بريدك الإلكتروني / اشترك", merged) and the bulleted most-read list with its
//   heading kept at the end.

describe('scraped pages, fresh set', () => {
  it('prints the score table', () => {
    const table = rows.map(
      (r) =>
        `${r.name.padEnd(22)} title ${r.title ? 'ok ' : 'MISS'}  body ${r.body ? 'ok ' : 'MISS'}  lost ${r.lost.length}`,
    );
    const titles = rows.filter((r) => r.title).length;
    const bodies = rows.filter((r) => r.body).length;
    const kept = rows.filter((r) => r.lost.length === 0).length;
    console.log([...table, `titles ${titles}/8  bodies ${bodies}/8  nothing lost ${kept}/8`].join('\n'));
    expect(rows).toHaveLength(8);
  });

  it.each(names)('loses no gold paragraph in %s', (name) => {
    expect(rows.find((r) => r.name === name)?.lost).toEqual([]);
  });

  it('keeps the observed scores as floors', () => {
    expect(rows.filter((r) => r.title).length).toBeGreaterThanOrEqual(7);
    expect(rows.filter((r) => r.body).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.lost.length === 0).length).toBe(8);
  });
});
