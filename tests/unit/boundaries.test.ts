import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(repoRoot, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(rel)));
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** Every module specifier a file imports, with whether the import is type-only. */
async function importsOf(file: string): Promise<{ from: string; typeOnly: boolean }[]> {
  const text = await readFile(path.join(repoRoot, file), 'utf8');
  const found: { from: string; typeOnly: boolean }[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    found.push({ from: match[3]!, typeOnly: Boolean(match[2]) });
  }
  for (const match of text.matchAll(/(?:import\(|require\()\s*['"]([^'"]+)['"]/g)) {
    found.push({ from: match[1]!, typeOnly: false });
  }
  return found;
}

describe('process boundaries', () => {
  it('the core and the non-Electron adapters never import electron', async () => {
    const files = [
      ...(await sourceFiles('electron/core')),
      ...(await sourceFiles('electron/serve')),
      ...(await sourceFiles('electron/cli')),
      'electron/contract.ts',
    ];
    for (const file of files) {
      for (const { from } of await importsOf(file)) expect(from, file).not.toMatch(/^electron(\/|$)/);
    }
  });

  it('the renderer imports no Node module and only types from the contract', async () => {
    for (const file of await sourceFiles('renderer')) {
      for (const { from, typeOnly } of await importsOf(file)) {
        expect(from, file).not.toMatch(/^(node:|electron$|fs$|path$|os$|child_process$)/);
        if (from.includes('/electron/')) {
          expect(from, file).toMatch(/\/electron\/contract$/);
          expect(typeOnly, `${file} imports ${from} at run time`).toBe(true);
        }
      }
    }
  });

  it('unit and component tests never load the Electron main process or preload', async () => {
    const files = [...(await sourceFiles('tests/unit')), ...(await sourceFiles('tests/component'))];
    for (const file of files) {
      for (const { from } of await importsOf(file)) {
        expect(from, file).not.toMatch(/electron\/(main|preload)\b|^electron$/);
      }
    }
  });
});
