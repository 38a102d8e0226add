import type { ReactNode } from 'react';

/**
 * A file name or path: isolated from the sentence around it and always left to right, so its
 * slashes and dots stay in place inside an Arabic sentence.
 */
export function FileName({ children }: { children?: ReactNode }) {
  return (
    <bdi className="file-name" dir="ltr">
      {children}
    </bdi>
  );
}

/** For translations that mark file names with <bdi>…</bdi>. */
export const fileNameTags = { bdi: <FileName /> };
