// A whole page under test (the demo, an embedding page) in an iframe of the test page: same origin, so a
// test reads its DOM and drives its widgets. Shared by the demo, demo back end, embedding and CDN tests.

/** An iframe on the test page, `width` × `height` CSS pixels. */
export function createFrame(title: string, width = 1000, height = 800): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = `${height}px`;
  document.body.append(frame);
  return frame;
}

/**
 * Loads `src` into the frame and waits until `ready()` holds: a page's module runs after `load` has fired,
 * and a dev server may first pre-bundle what it imports. Gives up after `timeout` ms and lets the test's
 * own assertions say what is missing.
 */
export async function loadPage(frame: HTMLIFrameElement, src: string, ready: () => unknown, timeout = 5000): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  await loaded;
  for (const started = Date.now(); !ready() && Date.now() - started < timeout; ) await new Promise((resolve) => setTimeout(resolve, 50));
}
