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
