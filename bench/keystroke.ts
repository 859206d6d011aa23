/**
 * Time per keystroke in the index page's "Name contains" box: from the key
 * press until the list reflects the query and the browser has painted it.
 */
import type {Page} from 'playwright';

/**
 * Runs in the page: resolves once the list shows the result for `expected`
 * (the box's value) and the frame showing it is painted, with two times:
 * `painted`, from the key's keydown event (its timeStamp: when the browser
 * received it) until just after that frame's paint (a task posted from the
 * frame's animation callback runs once the frame's rendering is done, as
 * Event Timing and INP count it); and `nextFrame`, in the page's clock too,
 * until the start of the frame after it (two animation frames: the earlier
 * measure, which counts up to a frame more than the reader waits).
 *
 * "Shows the result" means: the focused box holds `expected`; the first number
 * of the `role="status"` text ("Showing N of M items") equals the number of
 * `[data-classification-entry]` elements not inside a `[hidden]` element; and
 * every such entry's text contains the trimmed, lowercased query. A list left
 * over from a shorter query (a deferred render not done yet) shows entries that
 * do not contain the longer one, so it does not pass (unless every entry's
 * text holds the query anyway, e.g. its badge's "Beta"); nor does a status
 * line that disagrees with the list.
 *
 * Source text, not a function: tsx (esbuild keepNames) would wrap the inner
 * functions in a `__name` helper that does not exist in the page.
 */
const SETTLED_THEN_PAINTED = String.raw`(expected) => {
  const query = expected.trim().toLowerCase();
  const keyAt = window.__classificationKeyAt;
  const settled = () => {
    const input = document.activeElement;
    if (!(input instanceof HTMLInputElement) || input.value !== expected) {
      return false;
    }
    const match = /\d+/.exec(document.querySelector('[role="status"]')?.textContent ?? '');
    const shown = match ? Number(match[0]) : NaN;
    const visible = Array.from(document.querySelectorAll('[data-classification-entry]')).filter(
      (entry) => !entry.closest('[hidden]'),
    );
    return visible.length === shown && (!query || visible.every((entry) => (entry.textContent ?? '').toLowerCase().includes(query)));
  };
  const paint = (done) =>
    requestAnimationFrame(() => {
      let painted;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        painted = performance.now() - keyAt;
      };
      channel.port2.postMessage(undefined);
      requestAnimationFrame(() => done({painted, nextFrame: performance.now() - keyAt}));
    });
  return new Promise((resolve, reject) => {
    if (settled()) {
      paint(resolve);
      return;
    }
    // Not there yet (React renders later, or in steps): check after each DOM change.
    const observer = new MutationObserver(() => {
      if (settled()) {
        observer.disconnect();
        clearTimeout(timeout);
        paint(resolve);
      }
    });
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the list did not settle on ' + JSON.stringify(expected) + ' within 10 s'));
    }, 10000);
    observer.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
  });
}`;

/** A key's times, in ms (see SETTLED_THEN_PAINTED). */
export interface KeyTimes {
  /** From the key's event until the frame showing the result is painted: what a reader waits. */
  painted: number;
  /** Until the start of the frame after it (the earlier measure). */
  nextFrame: number;
}

/**
 * Focuses the page's search box, puts the caret at the end, and types `text`
 * one key at a time; returns each key's times (see SETTLED_THEN_PAINTED), in
 * the page's clock: the harness's round trips to the browser are not a
 * reader's.
 */
export async function measureKeystrokes(page: Page, text: string): Promise<KeyTimes[]> {
  const input = page.getByRole('searchbox');
  await input.focus();
  await page.evaluate(`document.addEventListener('keydown', (event) => { window.__classificationKeyAt = event.timeStamp; }, true)`);
  await input.evaluate((element: HTMLInputElement) => element.setSelectionRange(element.value.length, element.value.length));
  let typed = await input.inputValue();
  const times: KeyTimes[] = [];
  for (const key of Array.from(text)) {
    typed += key;
    await page.keyboard.type(key);
    times.push((await page.evaluate(`(${SETTLED_THEN_PAINTED})(${JSON.stringify(typed)})`)) as KeyTimes);
  }
  return times;
}
