/**
 * A form: one way of writing something of ours in a page, in one module —
 * what it claims of the tree and reads there (its collect, run by the reader
 * and by the remark plugin alike), how it renders what it found, and the
 * theme components it renders. forms/index.ts registers each in one list.
 */
import type {ComponentName} from '../model/components';
import type {FormReader} from '../read/collect/walk';
import type {PageRender} from '../render/page';
import type {Resolve} from '../site/snapshot';

export interface Form<F = unknown> extends FormReader<F> {
  /** Turns what it found into theme components, in place. */
  render(page: PageRender, found: F): void;
  /** The theme components its render puts on a page. */
  readonly components: readonly ComponentName[];
  /** What it answers of a value its collect named with `context.refer()`, once the site is known. */
  readonly resolve?: Resolve;
}

/** A form, typed by what it finds. */
export function defineForm<F>(form: Form<F>): Form<F> {
  return form;
}
