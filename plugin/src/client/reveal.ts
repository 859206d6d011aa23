/**
 * Every index anchor lands, whatever a reader hides (issue 25, item 8): an
 * item may sit inside content the reader control hides whole (a statement
 * in a Beta callout's body), and an anchor into it would land on nothing.
 * When the URL's hash names an element in hidden content, that content shows
 * (`data-classification-revealed`, which the reader stylesheet exempts); the
 * reader's choice stays as it was, and choosing again hides it again.
 */
import {useLocation} from '@docusaurus/router';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';
import {HIDES_ATTRIBUTE, REVEALED_ATTRIBUTE} from '../model/names';

const HIDEABLE = `[${HIDES_ATTRIBUTE}]`;

/** The element a hash names (`#a%20b` too), if any. */
function targetOf(hash: string): HTMLElement | null {
  try {
    return hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  } catch {
    return null; // a malformed escape names nothing
  }
}

/** Shows the hideable content around the element `hash` names, and scrolls to it when it was hidden (nothing else will). */
export function revealTarget(hash: string): void {
  const target = targetOf(hash);
  if (!target) {
    return;
  }
  const hidden = target.getClientRects().length === 0;
  for (let around = target.closest(HIDEABLE); around; around = around.parentElement?.closest(HIDEABLE) ?? null) {
    around.setAttribute(REVEALED_ATTRIBUTE, '');
  }
  if (hidden && target.getClientRects().length > 0) {
    target.scrollIntoView();
  }
}

/** Hides again what revealTarget showed: the reader chose anew. */
export function forgetRevealed(): void {
  document.querySelectorAll(`[${REVEALED_ATTRIBUTE}]`).forEach((element) => element.removeAttribute(REVEALED_ATTRIBUTE));
}

/**
 * Reveals the hash's target on each location: the page loaded, a hash
 * change, a client-side navigation (a layout effect: before Docusaurus
 * scrolls to the hash).
 */
export function useRevealHashTarget(): void {
  const {pathname, hash} = useLocation();
  useIsomorphicLayoutEffect(() => revealTarget(hash), [pathname, hash]);
}
