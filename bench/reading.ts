import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { appMarks, listLibrary, readRoute } from './support/appPage';
import type { BenchContext, BenchResult, Benchmark } from './support/benchmark';
import { newBenchContext, viewport } from './support/browser';
import { generateArticle, writeArticle } from './support/generateArticle';
import type { LoadTimings } from './support/pageTimings';
import type { ScrollOptions } from './support/scrollFrames';
import { startServe } from './support/serveProcess';
import { staticReadingPage } from './support/staticPage';
import { serveStaticPages } from './support/staticServer';
import { MarkWaits, markTimeoutMs, openApp, openStatic, scrollApp, scrollStatic } from './reading/pages';
import {
  type ReadingFigures,
  readingGoals,
  readingMeasurements,
  readingNotes,
  type ScrollPair,
} from './reading/summary';

const paragraphCount = 2_000;
const articleName = 'bench-reading-2000';
// A reader's pace: every row passes through the view. 120 × 600 px covers the first tenth or
// so of this article.
const readingPace: ScrollOptions = { step: { px: 600 }, maxSteps: 120 };
// Top to bottom in about 200 steps sized on the static page, then the same steps on the app,
// so both get the same wheel motion even where their heights differ.
const topToBottomSteps = 200;
const maxTopToBottomSteps = 1_000;

function ms(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(0)} ms`;
}

async function run(bench: BenchContext): Promise<BenchResult> {
  const libraryDir = path.join(bench.workDir, 'library');
  const dataDir = path.join(bench.workDir, 'data');
  await mkdir(dataDir, { recursive: true });
  const article = generateArticle({ paragraphs: paragraphCount });
  const written = await writeArticle(libraryDir, articleName, article);
  const statics = await serveStaticPages({ '/reading.html': staticReadingPage(article) });
  const staticUrl = `${statics.origin}/reading.html`;
  const serve = await startServe(libraryDir, dataDir).catch(async (error) => {
    await statics.close();
    throw error;
  });
  const context = await newBenchContext(await bench.browser());
  const marks = new MarkWaits();
  const pageErrors = new Set<string>();
  try {
    // Opening the printed address once trades its token for the session cookie every later page shares.
    const entry = await context.newPage();
    await entry.goto(serve.url);
    const summary = (await listLibrary(entry)).find((a) => a.file === written.file);
    await entry.close();
    if (!summary) throw new Error(`library:list did not list ${written.file}`);
    const appUrl = readRoute(serve.origin, summary.id);
    bench.log(`article ${summary.id}: ${summary.paragraphs} paragraphs`);

    // Load 0 warms both sides (disk cache, V8 code cache, fonts) and is not counted. App and
    // reference alternate, so drift on a shared machine falls on both alike.
    const appLoads: LoadTimings[] = [];
    const staticLoads: LoadTimings[] = [];
    let appMissing: string | undefined;
    for (let i = 0; i <= bench.runs; i++) {
      let appFirst: number | null = null;
      if (!appMissing) {
        const opened = await openApp(context, appUrl, marks);
        for (const error of opened.errors) pageErrors.add(error);
        appFirst = opened.timings.firstPairMs;
        if (i === 0 && opened.timings.firstPairMs === null && opened.timings.rowsLaidOutMs === null) {
          appMissing =
            `the reading view set neither ${appMarks.firstRowPainted} nor ${appMarks.rowsLaidOut} within ` +
            `${markTimeoutMs / 1000} s on the warm-up load, so the app loads were not measured ` +
            `(${opened.timings.textElements} lang="ar"/"en" elements were on the page)`;
        }
        if (i > 0) appLoads.push(opened.timings);
      }
      const reference = await openStatic(context, staticUrl);
      if (i > 0) staticLoads.push(reference);
      const which = i === 0 ? 'warm-up' : `${i}/${bench.runs}`;
      bench.log(
        `load ${which}: first pair app ${appMissing ? 'not measured' : ms(appFirst)}, static ${ms(reference.firstPairMs)}`,
      );
    }

    const scrolls: ScrollPair[] = [];
    bench.log('scrolling at reading pace');
    const paceStatic = await scrollStatic(context, staticUrl, readingPace);
    const paceApp = await scrollApp(context, appUrl, marks, readingPace);
    scrolls.push({
      label: `reading pace (${readingPace.maxSteps} × 600 px)`,
      app: paceApp,
      reference: paceStatic,
    });

    bench.log('scrolling top to bottom');
    const flingStatic = await scrollStatic(context, staticUrl, {
      step: { coverRangeIn: topToBottomSteps },
      maxSteps: maxTopToBottomSteps,
    });
    const flingApp = await scrollApp(context, appUrl, marks, {
      step: { px: flingStatic.stepPx },
      maxSteps: maxTopToBottomSteps,
    });
    scrolls.push({
      label: `top to bottom (${flingStatic.stepPx} px steps)`,
      app: flingApp,
      reference: flingStatic,
    });

    const figures: ReadingFigures = {
      runs: bench.runs,
      appLoads,
      staticLoads,
      scrolls,
      ...(appMissing ? { appMissing } : {}),
    };
    return {
      name: 'reading',
      title: `Reading view: a ${paragraphCount.toLocaleString('en')}-paragraph article`,
      referenceLabel: 'static HTML',
      measurements: readingMeasurements(figures),
      goals: readingGoals(figures),
      notes: readingNotes(figures, [...pageErrors]),
      details: {
        article: { id: summary.id, file: written.file, paragraphs: paragraphCount },
        viewport,
        appLoads,
        staticLoads,
        scrolls,
        pageErrors: [...pageErrors],
      },
    };
  } finally {
    await context.close();
    await serve.stop();
    await statics.close();
  }
}

export const readingBenchmark: Benchmark = {
  name: 'reading',
  title: 'Reading view: open and scroll a long article',
  run,
};
