/** Whether a key press belongs to a field the reader is typing in, so single-letter keys stay text. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return (
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' && !['button', 'checkbox', 'radio'].includes((target as HTMLInputElement).type))
  );
}
