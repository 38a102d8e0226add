/**
 * Runs `callback` after the next animation frame. A hidden window gets no frames, so a timer
 * stands in after a while; otherwise an article opened in the background would never finish.
 */
export function afterNextFrame(callback: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, 200);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `callback` once the next frame has been painted: a task posted from inside a frame
 * callback runs only after that frame's paint.
 */
export function afterPaint(callback: () => void): () => void {
  let cancelled = false;
  let channel: MessageChannel | undefined;
  const cancelFrame = afterNextFrame(() => {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel?.port1.close();
      if (!cancelled) callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelFrame();
    channel?.port1.close();
  };
}

/**
 * Runs `callback` in a task of its own, as soon as the tasks queued before it have run: it
 * yields to input and to a frame that is due without waiting for one, as a timer would.
 */
export function nextTask(callback: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) callback();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
