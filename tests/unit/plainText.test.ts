import { describe, expect, it } from 'vitest';
import { splitTrailingBoilerplate } from '../../electron/core/formats/boilerplate';
import { decodeText } from '../../electron/core/formats/decode';
import { parsePlainText } from '../../electron/core/formats/plainText';

describe('parsePlainText', () => {
  it('takes the first non-empty line as title and blank-line separated paragraphs', () => {
    const parsed = parsePlainText('\n\n  العنوان  \n\nفقرة أولى\nتكملة السطر\n\n\nفقرة ثانية\n');
    expect(parsed.title).toBe('العنوان');
    expect(parsed.paragraphs).toEqual(['فقرة أولى تكملة السطر', 'فقرة ثانية']);
  });

  it('uses one paragraph per line when the file has no blank lines', () => {
    const parsed = parsePlainText('Title\r\nOne\r\nTwo\r\nThree\r\n');
    expect(parsed).toEqual({ title: 'Title', paragraphs: ['One', 'Two', 'Three'] });
  });

  it('keeps the text of paragraphs exactly, inner spacing and marks included', () => {
    const text = 'عنوان\n\nوقال ديفيد شينكر  إن الجدولَ الزمنيّ ـــ لم يُناقش.';
    expect(parsePlainText(text).paragraphs).toEqual(['وقال ديفيد شينكر  إن الجدولَ الزمنيّ ـــ لم يُناقش.']);
  });

  it('reads a Markdown heading as the title', () => {
    expect(parsePlainText('# Title here\n\nBody', { markdown: true }).title).toBe('Title here');
  });

  it('gives an empty title for an empty file', () => {
    expect(parsePlainText(' \n\n')).toEqual({ title: '', paragraphs: [] });
  });
});

describe('splitTrailingBoilerplate', () => {
  it('sets aside trailing link headers and cookie notices, in Arabic and English', () => {
    const { body, trailing } = splitTrailingBoilerplate([
      'A real paragraph about cookies and their history in Europe, which goes on for a while.',
      'You may also like',
      'This site uses cookies to improve your experience. Accept',
    ]);
    expect(body).toHaveLength(1);
    expect(trailing).toHaveLength(2);
    expect(splitTrailingBoilerplate(['نص', 'اقرأ أيضاً:']).trailing).toEqual(['اقرأ أيضاً:']);
  });

  it('never sets aside the only paragraph, nor furniture-like lines in the middle', () => {
    expect(splitTrailingBoilerplate(['قد يعجبك ايضا']).body).toEqual(['قد يعجبك ايضا']);
    const middle = splitTrailingBoilerplate(['one', 'Read more', 'two']);
    expect(middle.trailing).toEqual([]);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, and UTF-16 with BOM', () => {
    const utf8 = new TextEncoder().encode('مرحبا');
    expect(decodeText(utf8)).toEqual({ text: 'مرحبا', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).encoding).toBe('utf-8-bom');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('مرحبا', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'مرحبا', encoding: 'utf-16le' });
    const be = Buffer.from('مرحبا', 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('مرحبا');
  });

  it('refuses binary data and invalid UTF-8 with their own codes instead of garbling text', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toThrow(
      expect.objectContaining({ code: 'not-text' }),
    );
    expect(() => decodeText(new Uint8Array([0xc7, 0xe1, 0xda, 0xd1, 0xc8]))).toThrow(
      expect.objectContaining({ code: 'undecodable' }),
    );
  });
});
