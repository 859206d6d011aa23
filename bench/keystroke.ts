/**
 * Time per keystroke in the index page's "Name contains" box: from the key
 * press until the list reflects the query and the browser has painted it.
 */
import type {Page} from 'playwright';

/**
 * Runs in the page: resolves once the list shows the result for `expected`
 * (the box's value), then after two animation frames (the first has painted).
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
  const paint = (done) => requestAnimationFrame(() => requestAnimationFrame(() => done()));
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

/**
 * Focuses the page's search box, puts the caret at the end, and types `text`
 * one key at a time; returns the milliseconds each key took (see
 * SETTLED_THEN_PAINTED). The clock is the harness's (Node), so a key's time
 * includes the round trips to the browser, as a reader's keystroke would not.
 */
export async function measureKeystrokes(page: Page, text: string): Promise<number[]> {
  const input = page.getByRole('searchbox');
  await input.focus();
  const initial = await input.inputValue();
  await input.evaluate((element: HTMLInputElement) => element.setSelectionRange(element.value.length, element.value.length));
  const times: number[] = [];
  let typed = initial;
  for (const key of Array.from(text)) {
    typed += key;
    const started = performance.now();
    await page.keyboard.type(key);
    await page.evaluate(`(${SETTLED_THEN_PAINTED})(${JSON.stringify(typed)})`);
    times.push(performance.now() - started);
  }
  return times;
}
