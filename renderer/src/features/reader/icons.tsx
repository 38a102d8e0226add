/** Line-spacing icons: three lines drawn closer together or further apart. */
export function LeadingIcon({ more }: { more: boolean }) {
  const gap = more ? 6 : 2.5;
  const top = 8 - gap;
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {[0, 1, 2].map((line) => (
        <line
          key={line}
          x1="2"
          x2="14"
          y1={top + line * gap}
          y2={top + line * gap}
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      ))}
    </svg>
  );
}

export function SwapIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M2 5h11m-3-3 3 3-3 3M14 11H3m3-3-3 3 3 3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function SetAsideIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M3 2.5h10v11H3zM5.5 5.5h5M5.5 8h5M5.5 10.5h3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
