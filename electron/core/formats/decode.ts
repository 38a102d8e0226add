import { isUtf8 } from 'node:buffer';
import { MuwaziError } from '../errors';
import { decodeLegacyArabic, type LegacyArabicEncoding } from './legacyArabic';

interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
}

/**
 * Turns a file's bytes into text, or explains why it cannot. Byte-order marks decide UTF-16;
 * everything else must be valid UTF-8 — a file that is not is refused rather than shown with
 * replacement characters, so no text is silently corrupted. Files are read through
 * `decodeArticleBytes`, which tries legacy Arabic encodings before refusing.
 */
function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeStrict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeStrict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) {
    throw new MuwaziError('not-text', 'The file holds binary data, not text.');
  }
  return { text: decodeUtf8(bytes), encoding: 'utf-8' };
}

/**
 * UTF-8 without a BOM, the common case: Node's validator and decoder are many times faster than
 * a fatal TextDecoder, and give the same answer — valid text decoded, invalid bytes refused.
 */
function decodeUtf8(bytes: Uint8Array): string {
  if (!isUtf8(bytes)) {
    throw new MuwaziError('undecodable', 'The file is not valid UTF-8 text.');
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

// Decoders hold no state between whole-buffer calls, so one of each serves every file.
const decoders = new Map<string, TextDecoder>();

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    decoders.set(encoding, decoder);
  }
  try {
    return decoder.decode(bytes);
  } catch (error) {
    throw new MuwaziError('undecodable', `The file is not valid ${encoding.toUpperCase()} text.`, {
      cause: error,
    });
  }
}

/** NUL bytes never occur in UTF-8 text; they mark binary files (or UTF-16 without a BOM). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

export interface DecodedArticleText {
  text: string;
  encoding: DecodedText['encoding'] | LegacyArabicEncoding;
}

/**
 * Like `decodeText`, but a file that is not valid UTF-8 is tried as legacy Arabic (Windows-1256,
 * ISO-8859-6) before it is refused: old Arabic files were saved that way. Text made mostly of
 * control characters is refused as binary whatever it decodes to.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedArticleText {
  let decoded: DecodedArticleText;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
    if (!(error instanceof MuwaziError) || error.code !== 'undecodable' || hasBom) throw error;
    const legacy = decodeLegacyArabic(bytes);
    if (!legacy) {
      throw new MuwaziError(
        'undecodable',
        'The file is neither UTF-8 nor legacy Arabic (Windows-1256, ISO-8859-6) text.',
        { cause: error },
      );
    }
    decoded = { text: legacy.text, encoding: legacy.encoding };
  }
  if (mostlyControlCharacters(decoded.text)) {
    throw new MuwaziError('not-text', 'The file holds control codes, not text.');
  }
  return decoded;
}

// Tab, line feed, vertical tab, form feed and carriage return are layout, not binary.
function mostlyControlCharacters(text: string): boolean {
  const length = Math.min(text.length, 65536);
  let controls = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f)) controls++;
  }
  return controls > 0 && controls / length > 0.02;
}
