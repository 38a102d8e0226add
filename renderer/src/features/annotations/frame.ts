/**
 * Runs `callback` in the next animation frame, or after a short timer in a hidden window (which
 * gets no frames), whichever comes first. Returns the cancel function.
 */
export function nextFrame(callback: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, 150);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
