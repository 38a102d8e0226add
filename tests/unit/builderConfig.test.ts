import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sampleArticleName } from '../helpers/paths';

// Both come with electron-builder, which uses them itself to read this file and match `files`.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { minimatch } = require('minimatch') as {
  minimatch(file: string, pattern: string, options?: { dot?: boolean }): boolean;
};

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  asar: boolean;
  icon: string;
  fileAssociations: { ext: string; name: string; role: string }[];
  electronFuses: Record<string, boolean>;
  win: { target: (string | TargetEntry)[] };
  nsis: Record<string, unknown>;
  mac: { target: (string | TargetEntry)[]; hardenedRuntime: boolean; entitlements: string };
  linux: { target: (string | TargetEntry)[]; category: string };
}

const config = yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const fromRoot = (file: string) => path.join(repoRoot, file);

/** electron-builder's rule: the last pattern that matches a file decides whether it is packaged. */
function isPackaged(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

const targetNames = (targets: (string | TargetEntry)[]) =>
  targets.map((entry) => (typeof entry === 'string' ? entry : entry.target));

/** Reads the width and height from a PNG's header chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('app.muwazi.reader');
    expect(config.productName).toBe('Muwazi');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
    expect(config.asar).toBe(true);
  });

  it('packages the built app and nothing of the sources, tests or source maps', () => {
    for (const file of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'package.json',
    ]) {
      expect(isPackaged(file), file).toBe(true);
    }
    for (const file of [
      'electron/main/index.ts',
      'electron/core/service.ts',
      'renderer/index.html',
      'renderer/src/main.tsx',
      'tests/unit/security.test.ts',
      'tests/fixtures/article.txt',
      'scripts/start.mjs',
      'out/main/index.js.map',
      'out/renderer/assets/index.js.map',
      'electron-builder.yml',
      'tsconfig.json',
    ]) {
      expect(isPackaged(file), file).toBe(false);
    }
  });

  it('ships the sample library as a resource, from a folder that holds the sample article', () => {
    expect(config.extraResources).toContainEqual({ from: 'assets/sample-library', to: 'sample-library' });
    const shipped = readdirSync(fromRoot('assets/sample-library'));
    expect(shipped).toContain(sampleArticleName);
  });

  it('builds installers for every platform', () => {
    expect(targetNames(config.win.target).sort()).toEqual(['nsis', 'portable']);
    expect(targetNames(config.linux.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Education');
    expect(targetNames(config.mac.target).sort()).toEqual(['dmg', 'zip']);
    for (const entry of config.mac.target) {
      expect(typeof entry === 'string' ? [] : entry.arch?.sort(), String(entry)).toEqual(['arm64', 'x64']);
    }
  });

  it('installs per user on Windows without asking for elevation', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
  });

  it('signs macOS builds with the hardened runtime and entitlements that exist', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(fromRoot(config.mac.entitlements), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toContain('com.apple.security.get-task-allow');
  });

  it('flips the fuses that stop the packaged app being used to run other code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('uses fuse names electron-builder knows', () => {
    const scheme = require('app-builder-lib/scheme.json') as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(known.length).toBeGreaterThan(0);
    for (const fuse of Object.keys(config.electronFuses)) expect(known, fuse).toContain(fuse);
  });

  it('opens .txt and .md files as a viewer', () => {
    expect(config.fileAssociations.map((a) => a.ext).sort()).toEqual(['md', 'txt']);
    for (const association of config.fileAssociations) {
      expect(association).toMatchObject({ name: 'Text article', role: 'Viewer' });
    }
  });

  it('has one square icon large enough for every platform', () => {
    expect(existsSync(fromRoot(config.icon)), config.icon).toBe(true);
    const { width, height } = pngSize(fromRoot(config.icon));
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });
});
