/** Where the reading area starts below the sticky app header, in viewport pixels. */
export function stickyHeaderBottom(): number {
  const header = document.querySelector('.app-header');
  return header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
}
