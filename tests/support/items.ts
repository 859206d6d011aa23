/** Classified items in a page, found the way a reader finds them: by what their header shows. */
import type {Locator, Page} from 'playwright';

/** The callout whose header shows `title`. */
export function callout(page: Page, title: string): Locator {
  return page
    .locator('.classification-callout')
    .filter({has: page.locator('.classification-callout__title').getByText(title, {exact: true})});
}

/**
 * Those of `items` that are landmarks: none should be. A landmark per item
 * floods a screen reader's landmark list, and its name would repeat the
 * header the reader hears next.
 */
export function landmarks(page: Page, items: Locator): Locator {
  return page.getByRole('region').or(page.getByRole('complementary')).and(items);
}
