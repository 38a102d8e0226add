/** Base64 of raw bytes, in slices so a 20 MB file does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  const slice = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += slice) {
    binary += String.fromCharCode(...bytes.subarray(start, start + slice));
  }
  return btoa(binary);
}

export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
