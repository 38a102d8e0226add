import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { importStore } from '../../renderer/src/features/import/importStore';
import { batchesOf } from '../../renderer/src/features/import/runImport';
import { installFakeApi } from './fakeApi';
import { translatedArticle } from './fixtures';

afterEach(() => act(() => importStore.dismiss()));

const textFile = (name: string, text = 'نص عربي') => new File([text], name, { type: 'text/plain' });

function sized(name: string, size: number): File {
  const file = textFile(name);
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('import from the page', () => {
  it('batches under the contract limits, a very large file on its own', () => {
    const small = Array.from({ length: 120 }, (_, n) => ({ file: textFile(`${n}.txt`), name: `${n}.txt` }));
    expect(batchesOf(small).map((batch) => batch.length)).toEqual([50, 50, 20]);
    const big = [
      { file: sized('a.txt', 9 * 1024 * 1024), name: 'a.txt' },
      { file: sized('b.txt', 9 * 1024 * 1024), name: 'b.txt' },
      { file: sized('c.txt', 19 * 1024 * 1024), name: 'c.txt' },
    ];
    expect(batchesOf(big).map((batch) => batch.map((each) => each.name))).toEqual([
      ['a.txt'],
      ['b.txt'],
      ['c.txt'],
    ]);
  });

  it('imports picked files and names each refused file with its own reason', async () => {
    const fake = installFakeApi({
      articles: [translatedArticle],
      importBatch: (files) => ({
        imported: files.filter((f) => f.name === 'good.txt').map((f) => ({ from: f.name, file: f.name })),
        failed: files
          .filter((f) => f.name !== 'good.txt')
          .map((f) => ({ from: f.name, code: 'not-text' as const })),
        cancelled: false,
      }),
    });
    const user = userEvent.setup({ applyAccept: false });
    render(<App />);
    await screen.findByTestId('library-item');

    const input = screen.getByTestId('import-files') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.txt,.md,.html,.htm,.tmx,.json');
    await user.upload(input, [
      textFile('good.txt'),
      textFile('noise.txt'),
      sized('huge.txt', 21 * 1024 * 1024),
    ]);

    const summary = await screen.findByTestId('import-summary');
    expect(summary.textContent).toContain('1 article imported');
    expect(summary.textContent).toContain('2 files were not imported');
    const failures = within(summary).getAllByTestId('import-failure');
    expect(failures.map((li) => li.querySelector('bdi')?.textContent)).toEqual(['huge.txt', 'noise.txt']);
    expect(failures[0]!.textContent).toContain('The file is too large to open.');
    expect(failures[1]!.textContent).toContain('The file is not a text file.');

    // The large file never left the page; the others were sent as base64.
    const sent = fake
      .callsTo('library:import')
      .flatMap((c) => (c.input as { files: { name: string; content: string }[] }).files);
    expect(sent.map((f) => f.name)).toEqual(['good.txt', 'noise.txt']);
    expect(new TextDecoder().decode(Uint8Array.from(atob(sent[0]!.content), (c) => c.charCodeAt(0)))).toBe(
      'نص عربي',
    );

    await user.click(within(summary).getByTestId('import-summary-close'));
    expect(screen.queryByTestId('import-summary')).toBeNull();
  });

  it('stops after the current batch when cancelled', async () => {
    const fake = installFakeApi({
      articles: [translatedArticle],
      importBatch: (files) => {
        importStore.requestCancel();
        return { imported: files.map((f) => ({ from: f.name, file: f.name })), failed: [], cancelled: false };
      },
    });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByTestId('library-item');
    const files = Array.from({ length: 60 }, (_, n) => textFile(`${n}.txt`));
    await user.upload(screen.getByTestId('import-files'), files);

    const summary = await screen.findByTestId('import-summary');
    expect(summary.textContent).toContain('50 articles imported');
    expect(summary.textContent).toContain('stopped before the end');
    expect(fake.callsTo('library:import')).toHaveLength(1);
  });

  it('imports dropped files and lights the drop zone while dragging', async () => {
    const fake = installFakeApi({ articles: [translatedArticle] });
    render(<App />);
    const library = await screen.findByTestId('library');
    await screen.findByTestId('library-item');
    const transfer = {
      types: ['Files'],
      items: [{ kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => textFile('dropped.txt') }],
      files: [textFile('dropped.txt')],
      dropEffect: 'none',
    };
    const fire = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: transfer });
      act(() => {
        library.dispatchEvent(event);
      });
    };
    fire('dragenter');
    expect(screen.getByTestId('drop-zone')).toBeTruthy();
    fire('drop');
    expect(screen.queryByTestId('drop-zone')).toBeNull();
    await screen.findByTestId('import-summary');
    expect(fake.callsTo('library:import')[0]?.input).toMatchObject({ files: [{ name: 'dropped.txt' }] });
  });

  it('shows progress and the summary of an import the desktop menu started', async () => {
    const fake = installFakeApi({ articles: [translatedArticle] });
    render(<App />);
    await screen.findByTestId('library-item');
    act(() => fake.sendEvent({ type: 'import-progress', progress: { done: 12, total: 1000 } }));
    const progress = screen.getByTestId('import-progress');
    expect(progress.textContent).toContain('12 of 1,000');
    expect(screen.queryByTestId('import-cancel')).toBeNull();
    act(() =>
      fake.sendEvent({
        type: 'import-finished',
        outcome: {
          imported: [{ from: 'a.txt', file: 'a.txt' }],
          failed: [{ from: 'b.png', code: 'unsupported-format' }],
          cancelled: false,
        },
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('import-summary').textContent).toContain(
        'This file format is not supported.',
      ),
    );
  });
});
