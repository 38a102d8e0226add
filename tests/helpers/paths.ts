import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sampleLibraryDir = path.join(repoRoot, 'assets', 'sample-library');
export const sampleArticleName = '000_bd4b036bb5736eee.txt';
export const sampleTitle = 'رئيس الوزراء العراقي: واشنطن تؤكد التزامها بانسحاب القوات الأمريكية من العراق';

/** The shared seed folder sits beside the checkout (../shared/seed) on developer and CI machines. */
export const sharedSeedDir = path.resolve(repoRoot, '..', 'shared', 'seed');
export const hasSharedSeed = existsSync(path.join(sharedSeedDir, sampleArticleName));
