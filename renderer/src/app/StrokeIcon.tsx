import type { ReactNode } from 'react';

/** The frame every line icon shares: a 16-unit square drawn in the text colour, hidden from assistive technology. */
export function StrokeIcon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round">
        {children}
      </g>
    </svg>
  );
}
