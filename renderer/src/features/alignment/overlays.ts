/**
 * Whether a menu or a dialog (a prompt, a popover, a side panel) is open: the reader's own
 * keys then belong to it.
 */
export function overlayOpen(doc: Document = document): boolean {
  return doc.querySelector('[role="menu"], [role="dialog"], [role="alertdialog"], dialog[open]') !== null;
}
