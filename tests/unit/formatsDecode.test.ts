import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../electron/core/formats/decode';
import { decodeLegacyArabic } from '../../electron/core/formats/legacyArabic';
import { importDocument } from '../../electron/core/import/importDocument';

const arabic =
  'قال رئيس الوزراء إن الحكومة ستواصل العمل على تحسين الخدمات في كل المحافظات، وأضاف: "لن نتراجع".';

/** Encodes text in a single-byte code page by inverting Node's own decoder for it. */
function encodeSingleByte(text: string, encoding: 'windows-1256' | 'iso-8859-6'): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    try {
      const char = new TextDecoder(encoding, { fatal: true }).decode(new Uint8Array([byte]));
      if (!table.has(char)) table.set(char, byte);
    } catch {
      // unassigned in this code page
    }
  }
  return new Uint8Array([...text].map((char) => table.get(char) ?? 0x3f));
}

describe('decodeArticleBytes', () => {
  it('reads UTF-8 with and without a BOM and UTF-16 with either BOM, naming each', () => {
    const utf8 = new TextEncoder().encode(arabic);
    expect(decodeArticleBytes(utf8)).toEqual({ text: arabic, encoding: 'utf-8' });
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: arabic,
      encoding: 'utf-8-bom',
    });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(arabic, 'utf16le')]);
    expect(decodeArticleBytes(le)).toEqual({ text: arabic, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(arabic, 'utf16le').swap16()]);
    expect(decodeArticleBytes(be)).toEqual({ text: arabic, encoding: 'utf-16be' });
  });

  it('detects Windows-1256 and ISO-8859-6 when the bytes are not UTF-8', () => {
    expect(decodeArticleBytes(encodeSingleByte(arabic, 'windows-1256'))).toEqual({
      text: arabic,
      encoding: 'windows-1256',
    });
    expect(decodeArticleBytes(encodeSingleByte(arabic, 'iso-8859-6'))).toEqual({
      text: arabic,
      encoding: 'iso-8859-6',
    });
  });

  it('tells the two code pages apart even where every byte is valid in both', () => {
    // Only letters both code pages place alike or differently, none unassigned in ISO-8859-6.
    const text = 'هو وهي يوم';
    const bytes = encodeSingleByte(text, 'iso-8859-6');
    expect(decodeLegacyArabic(bytes)).toMatchObject({ text, encoding: 'iso-8859-6' });
  });

  it('refuses Latin-1 text and binary data instead of guessing', () => {
    const latin1 = new Uint8Array(Buffer.from('Ça coûte très cher à Paris, dit-elle. Élevé.', 'latin1'));
    expect(() => decodeArticleBytes(latin1)).toThrow(expect.objectContaining({ code: 'undecodable' }));
    expect(() => decodeArticleBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toThrow(
      expect.objectContaining({ code: 'not-text' }),
    );
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(() => decodeArticleBytes(controls)).toThrow(expect.objectContaining({ code: 'not-text' }));
  });

  it('reports the detected encoding on the imported document', () => {
    const file = encodeSingleByte(`عنوان المقال\n\n${arabic}\n`, 'windows-1256');
    const doc = importDocument(file, 'old.txt');
    expect(doc.encoding).toBe('windows-1256');
    expect(doc.title.ar).toBe('عنوان المقال');
    expect(doc.ar).toEqual([arabic]);
  });
});
