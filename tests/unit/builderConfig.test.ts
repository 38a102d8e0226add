import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopAppId } from '../../electron/core/desktop/appIdentity';
import { articleExtensions } from '../../electron/core/desktop/articleFiles';
import { formatForName } from '../../electron/core/import/fileFormat';
import { repoRoot, sampleArticleName } from '../helpers/paths';

// electron-builder's own pieces: the YAML reader it uses, its schema validator, and the matcher
// that decides which files go into the package.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const { getMainFileMatchers } = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (text: string) => string,
    platformOptions: object,
    packager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean }[];
};

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface FileAssociation {
  ext: string;
  name: string;
  role: string;
  rank?: string;
  mimeType?: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  version?: string;
  extraMetadata?: unknown;
  directories: { output: string; buildResources: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  asar: boolean;
  icon: string;
  fileAssociations?: FileAssociation[];
  electronFuses: Record<string, boolean>;
  forceCodeSigning?: boolean;
  win: { target: (string | TargetEntry)[]; fileAssociations?: FileAssociation[] };
  nsis: Record<string, unknown> & { include?: string };
  mac: {
    target: (string | TargetEntry)[];
    hardenedRuntime: boolean;
    entitlements: string;
    entitlementsInherit: string;
    notarize?: unknown;
    identity?: unknown;
    fileAssociations: FileAssociation[];
  };
  linux: {
    target: (string | TargetEntry)[];
    category: string;
    icon: string;
    fileAssociations: FileAssociation[];
    mimeTypes: string[];
  };
}

const config = yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  author?: { name?: string; email?: string };
  homepage?: string;
  main: string;
};
const fromRoot = (file: string) => path.join(repoRoot, file);

/**
 * Whether electron-builder packs a file, by its own matcher with the defaults it adds (package.json,
 * node_modules handled apart, build resources and the output folder left out).
 */
const packs = (() => {
  const packager = {
    info: {
      isPrepackedAppAsar: false,
      config,
      projectDir: repoRoot,
      buildResourcesDir: fromRoot(config.directories.buildResources),
      debugLogger: { isEnabled: false },
    },
  };
  const [matcher] = getMainFileMatchers(
    repoRoot,
    '/app',
    (text) => text,
    {},
    packager,
    fromRoot('dist'),
    false,
  );
  const filter = matcher!.createFilter();
  return (file: string) => filter(fromRoot(file), { isDirectory: () => false });
})();

const targetNames = (targets: (string | TargetEntry)[]) =>
  targets.map((entry) => (typeof entry === 'string' ? entry : entry.target));

/** Reads the width and height from a PNG's header chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
    // The validator can fail: an electron-builder 24 style notarize block is refused by 26.
    await expect(
      validateConfiguration(
        { ...config, mac: { ...config.mac, notarize: { teamId: 'X' } } },
        { isEnabled: false, add() {} },
      ),
    ).rejects.toThrow(/configuration/i);
  });

  it('names the app, with the version and maintainer from package.json', () => {
    expect(config.appId).toBe('app.muwazi.reader');
    expect(config.appId).toBe(desktopAppId);
    expect(config.productName).toBe('Muwazi');
    expect(config.version).toBeUndefined();
    expect(config.extraMetadata).toBeUndefined();
    expect(packageJson.version).toMatch(/^\d+\.\d+\.\d+/);
    // The deb package's maintainer is the author, with an email address, and it needs a homepage.
    expect(packageJson.author?.name).toBeTruthy();
    expect(packageJson.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(packageJson.homepage).toMatch(/^https:\/\//);
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
    expect(config.asar).toBe(true);
  });

  it('packages the built app and nothing of the sources, tests, source maps or dev tools', () => {
    for (const file of [
      packageJson.main,
      'out/main/index.js',
      'out/main/importWorker.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-Ab12cd.js',
      'package.json',
      'assets/icon.png',
    ]) {
      expect(packs(file), file).toBe(true);
    }
    for (const file of [
      'electron/main/index.ts',
      'electron/core/service.ts',
      'electron/contract.ts',
      'renderer/index.html',
      'renderer/src/main.tsx',
      'tests/unit/security.test.ts',
      'tests/fixtures/article.txt',
      'scripts/start.mjs',
      'bench/run.ts',
      'out/main/index.js.map',
      'out/renderer/assets/index.js.map',
      'electron-builder.yml',
      'tsconfig.json',
      'package-lock.json',
      'build/entitlements.mac.plist',
      'build/installer.nsh',
      'dist/linux-unpacked/muwazi',
      'assets/icon.svg',
      'assets/sample-library/000_bd4b036bb5736eee.txt',
      'node_modules/vitest/package.json',
      'README.md',
    ]) {
      expect(packs(file), file).toBe(false);
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

  it('signs and notarises macOS builds only when the environment has the credentials', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    for (const file of [config.mac.entitlements, config.mac.entitlementsInherit]) {
      const entitlements = readFileSync(fromRoot(file), 'utf8');
      expect(entitlements).toContain('com.apple.security.cs.allow-jit');
      expect(entitlements).not.toContain('com.apple.security.get-task-allow');
    }
    // Left unset, electron-builder 26 notarises when the APPLE_* variables are set and skips
    // otherwise; `identity: null` or forced signing would break one of the two cases.
    expect(config.mac.notarize).toBeUndefined();
    expect(config.mac).not.toHaveProperty('identity');
    expect(config.forceCodeSigning).not.toBe(true);
  });

  it('flips the fuses that stop the packaged app being used to run other code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
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

  it('has one square icon large enough for every platform', () => {
    expect(existsSync(fromRoot(config.icon)), config.icon).toBe(true);
    const { width, height } = pngSize(fromRoot(config.icon));
    expect(width).toBe(height);
    // electron-builder wants 512 px for a .icns and 256 px for a .ico; Retina icons use 1024 px.
    expect(width).toBeGreaterThanOrEqual(1024);
    // A stray build/icon.png, .ico or .icns would be taken instead of the one source image.
    const strays = readdirSync(fromRoot(config.directories.buildResources)).filter((name) =>
      /^icon\./.test(name),
    );
    expect(strays).toEqual([]);
  });

  it('gives Linux the icon sizes its icon theme looks in, made from the same image', () => {
    expect(config.linux.icon).toBe('build/icons');
    // The hicolor theme declares these (and not 1024×1024, the source's size).
    const sizes = [16, 24, 32, 48, 64, 128, 256, 512];
    const names = readdirSync(fromRoot(config.linux.icon)).sort();
    expect(names).toEqual(sizes.map((size) => `${size}x${size}.png`).sort());
    for (const size of sizes) {
      expect(pngSize(fromRoot(`${config.linux.icon}/${size}x${size}.png`)), String(size)).toEqual({
        width: size,
        height: size,
      });
    }
  });
});

describe('file associations', () => {
  const associations = config.mac.fileAssociations;
  const extensions = associations.map((association) => association.ext);

  it('are the article formats Muwazi imports, each one once', () => {
    expect([...extensions].sort()).toEqual(['htm', 'html', 'markdown', 'md', 'tmx', 'txt']);
    for (const ext of extensions) {
      expect(formatForName(`article.${ext}`), ext).toBeDefined();
      expect(articleExtensions, ext).toContain(ext);
    }
    // Bilingual JSON is imported from the app only: most .json files are something else.
    expect(formatForName('article.json')).toBe('json');
    expect(extensions).not.toContain('json');
  });

  it('are the same on macOS and Linux, and left to the installer script on Windows', () => {
    expect(config.linux.fileAssociations).toEqual(associations);
    // electron-builder's own Windows registration would make Muwazi the default for every type.
    expect(config.fileAssociations).toBeUndefined();
    expect(config.win.fileAssociations).toBeUndefined();
  });

  it('open as a viewer that does not claim the common types from their usual apps', () => {
    for (const association of associations) {
      expect(association.role, association.ext).toBe('Viewer');
      expect(association.name, association.ext).toBeTruthy();
      expect(association.rank, association.ext).toBe(association.ext === 'tmx' ? 'Default' : 'Alternate');
    }
  });

  it('define no MIME type the system already has, and list those in the desktop entry', () => {
    const defined = associations.flatMap((association) =>
      association.mimeType ? [association.mimeType] : [],
    );
    expect(defined).toEqual(['application/x-tmx+xml']);
    expect([...config.linux.mimeTypes].sort()).toEqual(['text/html', 'text/markdown', 'text/plain']);
  });

  it('register on Windows only as an "Open with" choice, and are removed on uninstall', () => {
    expect(config.nsis.include).toBe('build/installer.nsh');
    const script = readFileSync(fromRoot(config.nsis.include!), 'utf8');
    const code = script
      .split('\n')
      .filter((line) => !line.trim().startsWith(';'))
      .join('\n');
    const install = /!macro customInstall\n([\s\S]*?)!macroend/.exec(code)?.[1] ?? '';
    const uninstall = /!macro customUnInstall\n([\s\S]*?)!macroend/.exec(code)?.[1] ?? '';
    const registered = [...install.matchAll(/!insertmacro muwaziAssociate "(\w+)"/g)].map((m) => m[1]);
    const removed = [...uninstall.matchAll(/!insertmacro muwaziUnassociate "(\w+)"/g)].map((m) => m[1]);
    expect(registered.sort()).toEqual([...extensions].sort());
    expect(removed.sort()).toEqual([...extensions].sort());
    // Never the default value of a .ext key: that is what takes a type over.
    expect(code).not.toMatch(/WriteRegStr\s+\S+\s+"Software\\Classes\\\.[^"\\]+"\s+""/);
    expect(code).toMatch(/OpenWithProgids/);
    expect(install).toMatch(/'"\$appExe" "%1"'/);
  });
});
