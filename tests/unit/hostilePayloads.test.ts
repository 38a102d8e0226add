import { request } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  errorCodes,
  type MethodInput,
  type MethodName,
  maxArticleBytes,
  methodNames,
  methods,
  type Result,
} from '../../electron/contract';
import { MuwaziService } from '../../electron/core/service';
import { type BrowserServer, maxRequestBytes, startBrowserServer } from '../../electron/serve/server';
import { snapshotChanges, snapshotFolder } from '../helpers/folderSnapshot';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

/**
 * Whatever a window (or any page that reached the loopback server) sends, the app answers with
 * an error value, never throws, never hangs, and writes nothing unless the input was valid.
 */

const runsPerMethod = 150;
const unknownNameRuns = 200;
/** Far beyond any real call, short of what the test runner would call a hang. */
const hangLimitMs = 20_000;

let base: string;
let libraryDir: string;
let dataDir: string;
let service: MuwaziService;
let articleId: string;
const counts = new Map<string, { cases: number; valid: number }>();

const someUuid = '3f2c9a4e-8b1d-4c6e-9f0a-1b2c3d4e5f60';
const stamp = '2024-05-01T10:00:00.000Z';

/** One valid input per method, the starting point of each mutation. Typed: a new method must be added here. */
function validInputs(id: string): { [M in MethodName]: MethodInput<M> } {
  const quote = { type: 'TextQuoteSelector' as const, exact: 'الفقرة', prefix: '', suffix: ' الأولى' };
  return {
    'app:info': {},
    'library:list': {},
    'article:open': { id },
    'article:head': { id, rows: 2 },
    // A revision of other rows: well formed, so the core itself refuses it as stale.
    'article:sentences': { id, from: 0, to: 1, revision: 'rows-from-before' },
    'alignment:correct': { id, correction: { type: 'merge', row: 0 } },
    'alignment:undo': { id, revision: 'rows-from-before' },
    'alignment:reset': { id },
    'settings:get': {},
    'settings:save': { settings: defaultSettings },
    'position:get': { id },
    'position:save': { id, position: { row: 1, offset: 0.5 } },
    'annotations:list': { id },
    'annotations:add': { id, lang: 'ar', start: 0, end: 6, color: 'yellow', note: 'ملاحظة' },
    'annotations:update': { id, annotationId: someUuid, color: 'green', note: null },
    'annotations:remove': { id, annotationId: someUuid },
    'annotations:restore': {
      id,
      annotation: {
        id: someUuid,
        articleKey: id,
        lang: 'ar',
        target: { selectors: { quote, position: { type: 'TextPositionSelector', start: 0, end: 6 } } },
        body: { color: 'blue', note: 'n' },
        created: stamp,
        modified: stamp,
      },
    },
    'annotations:export': { id, format: 'md' },
    'annotations:import': { id, content: '[]' },
    'bookmarks:add': { id, row: 0, name: 'علامة' },
    'bookmarks:rename': { id, bookmarkId: someUuid, name: 'x' },
    'bookmarks:remove': { id, bookmarkId: someUuid },
    'bookmarks:restore': {
      id,
      bookmark: { id: someUuid, articleKey: id, row: 0, lang: 'ar', quote, created: stamp },
    },
    'bookmarks:all': {},
    'library:import': {
      files: [{ name: 'new.txt', content: Buffer.from('عنوان جديد\n\nنص جديد.').toString('base64') }],
    },
    'library:rename': { id, name: 'renamed' },
    // No folder chooser in this service: a valid call answers not-available.
    'library:choose-folder': {},
    // No such article: a valid call must not send the test's files to the user's system trash.
    'library:trash': { id: 'ffffffffffffffff' },
  };
}

// ---------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------

const pollutionKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const traversal = [
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32',
  '%2e%2e%2f%2e%2e%2fsettings.json',
  '....//....//settings.json',
  '0123456789abcdef/../../x',
  '0123456789abcde\0',
  '0123456789ABCDEF',
  '0123456789abcdef\n',
  ' 0123456789abcdef',
  'file:///etc/passwd',
  '\\\\server\\share\\x.txt',
  'settings',
  '',
  // File names, for the one method that takes them.
  '../escape.txt',
  '../../data/settings.json',
  '..\\escape.txt',
  path.join(os.tmpdir(), 'muwazi-hostile-absolute.txt'),
  'nested/folder/file.txt',
  '.hidden.txt',
  '.txt',
  '..',
  '.',
  'nul\0byte.txt',
  'CON.txt',
  'evil\u202Etxt.md',
  `${'ا'.repeat(200)}.txt`,
];
const strangeNumbers = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  Number.MIN_VALUE,
];
const megabyteString = 'ا'.repeat(512 * 1024);
const overImportLimit = 'x'.repeat(20 * 1024 * 1024 + 1);

function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

function circular(): unknown {
  const node: Record<string, unknown> = { id: 'x' };
  node.self = node;
  node.list = [node];
  return node;
}

/** Values a structured clone or JSON could never carry, but an in-process caller could pass. */
function exotic(): unknown[] {
  return [
    Symbol('hostile'),
    () => 'function',
    10n ** 30n,
    new Date(Number.NaN),
    new Map([['id', 'x']]),
    new Set([1]),
    new Uint8Array([1, 2, 3]),
    new ArrayBuffer(8),
    /regex/g,
    new Error('an error'),
    Promise.resolve({}),
    Object.create(null),
    Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('getter throws');
      },
    }),
    // Traps throw on every named property; symbols pass, so fast-check can still handle the value.
    new Proxy(
      {},
      {
        get(_target, key) {
          if (typeof key === 'symbol') return undefined;
          throw new Error('trap throws');
        },
        ownKeys() {
          throw new Error('trap throws');
        },
        has(_target, key) {
          if (typeof key === 'symbol') return false;
          throw new Error('trap throws');
        },
        getOwnPropertyDescriptor(_target, key) {
          if (typeof key === 'symbol') return undefined;
          throw new Error('trap throws');
        },
      },
    ),
    circular(),
  ];
}

const pollution = () => [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"__proto__": null, "id": "0123456789abcdef"}'),
  JSON.parse('{"prototype": {"polluted": "yes"}, "toString": "x", "valueOf": 1}'),
];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
    weight: 4,
  },
  { arbitrary: fc.constantFrom(...strangeNumbers), weight: 2 },
  { arbitrary: fc.constantFrom(...traversal), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 64 }), weight: 1 },
  { arbitrary: fc.constantFrom(megabyteString, overImportLimit), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 50, max: 20_000 }), fc.boolean())
      .map(([depth, asArray]) => nested(depth, asArray)),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(...exotic()), weight: 2 },
  { arbitrary: fc.constantFrom(...pollution()), weight: 2 },
  { arbitrary: fc.constantFrom(undefined, null, true, false, 0, '', [], {}), weight: 1 },
);

type Path = string[];

/** Every path into a plain value (objects and arrays), the root included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) paths.push(...pathsOf(child, [...prefix, key]));
  }
  return paths;
}

/** Sets (or, with `remove`, deletes) a value at a path as an own property, `__proto__` included. */
function withChange(input: unknown, at: Path, change: { value?: unknown; remove?: boolean }): unknown {
  if (at.length === 0) return change.value;
  const copy = structuredClone(input) as Record<string, unknown>;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = at[at.length - 1]!;
  if (change.remove) delete parent[last];
  else Object.defineProperty(parent, last, { value: change.value, enumerable: true, writable: true });
  return copy;
}

function mutations(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const objectPaths = paths.filter((p) => {
    let node: unknown = valid;
    for (const key of p) node = (node as Record<string, unknown>)[key];
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
  const namePaths = paths.filter((p) => ['id', 'name', 'articleKey'].includes(p[p.length - 1] ?? ''));
  const extraKey = fc.oneof(fc.constantFrom(...pollutionKeys), fc.string({ maxLength: 12 }));
  return fc.oneof(
    // A wrong value somewhere: the whole input, a field, or deep inside one.
    fc.tuple(fc.constantFrom(...paths), hostileValue).map(([at, value]) => withChange(valid, at, { value })),
    // A field missing (or, for methods that take nothing, an empty key set to anything).
    paths.length > 1
      ? fc.constantFrom(...paths.slice(1)).map((at) => withChange(valid, at, { remove: true }))
      : hostileValue.map((value) => withChange(valid, [''], { value })),
    // An extra key, prototype pollution keys among them.
    fc
      .tuple(fc.constantFrom(...objectPaths), extraKey, hostileValue)
      .map(([at, key, value]) => withChange(valid, [...at, key], { value })),
    // An id or a file name replaced by a path, or anything id-like.
    fc
      .tuple(fc.constantFrom(...(namePaths.length > 0 ? namePaths : [[]])), fc.constantFrom(...traversal))
      .map(([at, name]) => withChange(valid, at, { value: name })),
  );
}

// ---------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------

async function answered(call: Promise<Result<unknown>>, what: () => string): Promise<Result<unknown>> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${hangLimitMs} ms: ${what()}`)), hangLimitMs);
  });
  try {
    return await Promise.race([call, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** The schema's own verdict; an input that makes parsing itself throw counts as invalid. */
function verdict(method: MethodName, input: unknown): 'valid' | 'invalid' | 'unparseable' {
  try {
    return methods[method].input.safeParse(input ?? {}).success ? 'valid' : 'invalid';
  } catch {
    return 'unparseable';
  }
}

function describeInput(input: unknown): string {
  try {
    return fc.stringify(input).slice(0, 300);
  } catch {
    return '(an input that cannot be shown)';
  }
}

function expectErrorValue(result: Result<unknown>, code?: string): void {
  expect(result).toMatchObject({ ok: false });
  if (result.ok) return;
  expect(errorCodes).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  if (code) expect(result.error.code).toBe(code);
}

function expectNoPollution(): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.toString.call([])).toBe('[object Array]');
}

/** Where a name that escaped the library would land; compared before and after, as they may exist already. */
async function escapeTargets(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const file of [
    path.join(os.tmpdir(), 'muwazi-hostile-absolute.txt'),
    path.join(os.tmpdir(), 'escape.txt'),
    path.join(os.tmpdir(), 'data', 'settings.json'),
    '/etc/passwd',
  ]) {
    try {
      found.set(
        file,
        createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
      );
    } catch {
      found.set(file, 'absent');
    }
  }
  return found;
}
let escapeTargetsBefore: Map<string, string>;

let dataBefore: Map<string, string>;
let libraryBefore: Map<string, string>;

/**
 * One call and everything it must (not) have done. `refusal` is the code an invalid input must
 * get; exotic values that make parsing itself throw may get any code of the contract.
 */
async function checkCall(
  method: unknown,
  input: unknown,
  kind: ReturnType<typeof verdict>,
  refusal = 'invalid-input',
): Promise<void> {
  const result = await answered(
    service.dispatch(method, input),
    () => `${String(method)} ${describeInput(input)}`,
  );
  if (kind === 'invalid') expectErrorValue(result, refusal);
  else if (kind === 'unparseable') expectErrorValue(result);
  else if (!result.ok) expect(errorCodes).toContain(result.error.code);
  expectNoPollution();

  // The library is the user's own folder: only a valid import or rename changes it, and then
  // only by plain files right in it, whatever names they were given; no content is altered.
  const libraryAfter = await snapshotFolder(libraryDir);
  const libraryChanges = snapshotChanges(libraryBefore, libraryAfter);
  if (kind === 'valid' && (method === 'library:import' || method === 'library:rename')) {
    for (const change of libraryChanges) {
      expect(change).toMatch(method === 'library:import' ? /^\+ [^/]+$/ : /^[+-] [^/]+$/);
      if (change.startsWith('+')) expect(libraryAfter.get(change.slice(2))).not.toMatch(/^(dir|link:)/);
    }
    if (method === 'library:rename') {
      // A rename moves files: the same contents, under other names.
      expect([...libraryAfter.values()].sort()).toEqual([...libraryBefore.values()].sort());
    }
  } else {
    expect(libraryChanges).toEqual([]);
  }
  libraryBefore = libraryAfter;
  const dataAfter = await snapshotFolder(dataDir);
  if (kind !== 'valid') expect(snapshotChanges(dataBefore, dataAfter)).toEqual([]);
  dataBefore = dataAfter;
  for (const entry of await readdir(base)) expect(['data', 'library']).toContain(entry);
}

beforeAll(async () => {
  base = await makeTempDir('muwazi-hostile-');
  libraryDir = path.join(base, 'library');
  dataDir = path.join(base, 'data');
  await mkdir(libraryDir);
  await writeFile(
    path.join(libraryDir, 'article.txt'),
    'عنوان المقال\n\nالفقرة الأولى من المقال.\n\nالفقرة الثانية من المقال.\n',
  );
  await writeFile(
    path.join(libraryDir, 'article.en.txt'),
    'The title\n\nThe first paragraph.\n\nThe second paragraph.\n',
  );
  service = new MuwaziService({ libraryDir, dataDir, transport: 'browser', version: '0.0.0' });
  const listed = await service.dispatch('library:list', {});
  if (!listed.ok) throw new Error(`could not list the library: ${listed.error.message}`);
  articleId = (listed.value as { articles: { id: string }[] }).articles[0]!.id;
  dataBefore = await snapshotFolder(dataDir);
  libraryBefore = await snapshotFolder(libraryDir);
  escapeTargetsBefore = await escapeTargets();
});

afterAll(async () => {
  await service.close();
  await removeDir(base);
  const table = [...counts].map(([method, c]) => `${method}: ${c.cases} cases (${c.valid} valid)`);
  console.info(`Hostile payloads per method:\n  ${table.join('\n  ')}`);
});

describe('MuwaziService.dispatch under hostile input', () => {
  it.each(methodNames.map((method) => [method]))(
    '%s answers with error values and writes nothing for bad input',
    async (method) => {
      const valid = validInputs(articleId)[method];
      expect(verdict(method, valid)).toBe('valid');
      const tally = { cases: 0, valid: 0 };
      counts.set(method, tally);
      await fc.assert(
        fc.asyncProperty(mutations(valid), async (input) => {
          const kind = verdict(method, input);
          tally.cases++;
          if (kind === 'valid') tally.valid++;
          await checkCall(method, input, kind);
        }),
        { numRuns: runsPerMethod },
      );
      // Most cases must be refused, or the mutations are not testing the refusal at all.
      expect(tally.valid).toBeLessThan(tally.cases / 2);
    },
    120_000,
  );

  it('refuses unknown method names, whatever they are', async () => {
    const names = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        ...pollutionKeys,
        'fs:delete',
        'APP:INFO',
        'app:info ',
        ' app:info',
        'app:info\0',
        'settings:save/../settings:get',
        '../settings:save',
        'library:list\n',
        'app:',
        ':',
        megabyteString,
      ),
      hostileValue,
    );
    const tally = { cases: 0, valid: 0 };
    counts.set('(unknown method names)', tally);
    await fc.assert(
      fc.asyncProperty(names, hostileValue, async (name, input) => {
        fc.pre(!(methodNames as unknown[]).includes(name));
        tally.cases++;
        await checkCall(name, input, typeof name === 'string' ? 'invalid' : 'unparseable', 'unknown-method');
      }),
      { numRuns: unknownNameRuns },
    );
  }, 120_000);

  it('left nothing outside its folders, whatever names and ids it was given', async () => {
    expect(await escapeTargets()).toEqual(escapeTargetsBefore);
  });

  it('imports hostile file names as plain names in the library, each one then listed', async () => {
    const folder = await makeTempDir('muwazi-hostile-names-');
    const own = new MuwaziService({
      libraryDir: path.join(folder, 'library'),
      dataDir: path.join(folder, 'data'),
      transport: 'browser',
      version: '0.0.0',
    });
    try {
      const content = Buffer.from('عنوان\n\nنص المقال.').toString('base64');
      const names = [
        '.hidden.txt',
        '../escape.txt',
        '..\\win.txt',
        'nested/folder/file.txt',
        'C:\\Users\\x\\drive.md',
        '..',
        '.txt',
        'nul\0byte.txt',
      ];
      const imported = await own.dispatch('library:import', {
        files: names.map((name) => ({ name, content })),
      });
      expect(imported).toMatchObject({
        ok: true,
        value: {
          imported: [
            { from: '.hidden.txt', file: 'hidden.txt' },
            { from: 'escape.txt', file: 'escape.txt' },
            { from: 'win.txt', file: 'win.txt' },
            { from: 'file.txt', file: 'file.txt' },
            { from: 'drive.md', file: 'drive.md' },
          ],
          failed: [
            { from: '..', code: 'unsupported-format' },
            { from: '.txt', code: 'unsupported-format' },
            { from: 'nul\0byte.txt', code: expect.stringMatching(/^(io-error|invalid-input)$/) },
          ],
        },
      });
      for (const entry of await readdir(folder)) expect(['data', 'library']).toContain(entry);
      // Imported means seen: every file the import reported is in the listing.
      const listed = await own.dispatch('library:list', {});
      const files = (listed as { value: { articles: { file: string }[] } }).value.articles.map((a) => a.file);
      expect(files.sort()).toEqual(['drive.md', 'escape.txt', 'file.txt', 'hidden.txt', 'win.txt']);
    } finally {
      await own.close();
      await removeDir(folder);
    }
  });

  it('lists a file over the size limit as a too-large problem and reads nothing of it', async () => {
    const big = path.join(libraryDir, 'huge.txt');
    // A sparse file: over the limit on paper, no disk used.
    const handle = await open(big, 'w');
    await handle.truncate(maxArticleBytes + 1);
    await handle.close();
    try {
      const listed = await service.dispatch('library:list', {});
      expect(listed).toMatchObject({
        ok: true,
        value: { problems: expect.arrayContaining([{ file: 'huge.txt', code: 'too-large' }]) },
      });
      const files = (listed as { value: { articles: { file: string }[] } }).value.articles.map((a) => a.file);
      expect(files.length).toBeGreaterThan(0);
      expect(files).not.toContain('huge.txt');
    } finally {
      await removeDir(big);
      libraryBefore = await snapshotFolder(libraryDir);
      dataBefore = await snapshotFolder(dataDir);
    }
  });
});

// ---------------------------------------------------------------------------------------
// The same over browser mode's HTTP
// ---------------------------------------------------------------------------------------

describe('browser mode under hostile requests', () => {
  let server: BrowserServer;
  let staticDir: string;

  beforeAll(async () => {
    staticDir = await makeTempDir('muwazi-hostile-static-');
    await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
    server = await startBrowserServer({ service, staticDir, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await removeDir(staticDir);
  });

  function post(
    pathname: string,
    body: string | Buffer,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<{ status: number; type: string; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: pathname,
          method: 'POST',
          headers: { host: `127.0.0.1:${server.port}`, 'x-muwazi-token': server.token, ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              type: res.headers['content-type'] ?? '',
              body: Buffer.concat(chunks).toString(),
            }),
          );
        },
      );
      // The server may stop reading an oversized body and answer at once; the answer still counts.
      req.on('error', reject);
      req.end(body);
    });
  }

  const deepJson = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  const cases: {
    name: string;
    path: string;
    body: string | Buffer;
    headers?: Record<string, string>;
    status: number;
  }[] = [
    { name: 'invalid JSON', path: '/api/settings:save', body: '{"settings": ', status: 400 },
    {
      name: 'JSON with a trailing comma',
      path: '/api/settings:save',
      body: '{"settings": {},}',
      status: 400,
    },
    { name: 'NaN is not JSON', path: '/api/position:save', body: '{"row": NaN}', status: 400 },
    { name: 'a lone byte-order mark', path: '/api/app:info', body: '\uFEFF', status: 400 },
    {
      name: 'invalid UTF-8',
      path: '/api/settings:save',
      body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      status: 400,
    },
    // Valid JSON, so the contract's own refusal, as a value.
    { name: 'nested 200,000 deep', path: '/api/settings:save', body: deepJson, status: 200 },
    {
      name: 'oversized body',
      path: '/api/settings:save',
      body: Buffer.alloc(maxRequestBytes * 2, 0x20),
      status: 413,
    },
    {
      name: 'text/plain',
      path: '/api/settings:save',
      body: JSON.stringify({ settings: defaultSettings }),
      headers: { 'content-type': 'text/plain' },
      status: 415,
    },
    {
      name: 'form-encoded',
      path: '/api/settings:save',
      body: 'settings=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      status: 415,
    },
    {
      name: 'no content type',
      path: '/api/settings:save',
      body: JSON.stringify({ settings: defaultSettings }),
      headers: {},
      status: 415,
    },
    { name: 'broken percent-encoding in the method', path: '/api/settings%E0%A4%A', body: '{}', status: 404 },
    { name: 'percent-encoded traversal', path: '/api/..%2f..%2fsettings:save', body: '{}', status: 200 },
    {
      name: 'prototype pollution body',
      path: '/api/settings:save',
      body: '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
      status: 200,
    },
    { name: 'a bare string', path: '/api/position:save', body: '"0123456789abcdef"', status: 200 },
    { name: 'an array', path: '/api/settings:save', body: '[1,2,3]', status: 200 },
  ];

  it.each(cases)('$name: a clean refusal, nothing written', async ({ path: at, body, headers, status }) => {
    const before = await snapshotFolder(base);
    const reply = await post(at, body, headers);
    expect(reply.status).toBe(status);
    if (reply.type.startsWith('application/json')) {
      // A 200 here carries the contract's own refusal as a value.
      const answer = JSON.parse(reply.body) as Result<unknown>;
      expectErrorValue(answer);
    }
    expect(reply.status).not.toBe(500);
    expectNoPollution();
    expect(snapshotChanges(before, await snapshotFolder(base))).toEqual([]);
    // And the server still answers.
    expect((await post('/api/settings:get', '{}')).status).toBe(200);
  });
});
