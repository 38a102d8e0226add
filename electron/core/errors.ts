import type { ApiError, ErrorCode } from '../contract';

/** An expected failure with a stable code; adapters turn it into `{ ok: false, error }`. */
export class MuwaziError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MuwaziError';
  }
}

/** Maps a Node file-system error to the code a user can act on. */
export function codeForFsError(error: unknown): ErrorCode {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'not-found';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EISDIR':
      return 'not-a-file';
    default:
      return 'io-error';
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof MuwaziError) return { code: error.code, message: error.message };
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return { code: codeForFsError(error), message: String((error as { message?: unknown }).message) };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
