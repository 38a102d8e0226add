import { MuwaziError } from '../errors';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
}

/**
 * Turns a file's bytes into text, or explains why it cannot. Byte-order marks decide UTF-16;
 * everything else must be valid UTF-8 — a file that is not is refused rather than shown with
 * replacement characters, so no text is silently corrupted.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
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
  return { text: decodeStrict('utf-8', bytes), encoding: 'utf-8' };
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
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
