/**
 * Item ids: explicit ones verbatim, the others made by itemId() (a registry
 * id, else a slug of the title), unique against every heading id and every
 * id given before, in document order.
 */
import {itemId} from '../../model/item';
import {docusaurusId, duplicateId, idOfHeading, type Message} from '../../model/messages';
import {DOCUSAURUS_IDS} from '../../model/names';
import type {Point} from '../../model/problems';
import type {CollectedItem} from './types';

interface PendingItem {
  collected: CollectedItem;
  /** Explicit ids are kept verbatim; the others are made from the item. */
  explicitId?: string;
}

export class IdAllocator {
  /** Heading ids (with their place) and, once allocated, item ids. */
  private readonly taken = new Map<string, Point | undefined>();
  private readonly pending: PendingItem[] = [];
  /** Explicit id → the line of the item that gave it first. */
  private readonly explicit = new Map<string, number>();
  /** Per slug: the next suffix to try, so that repeated titles cost no more than distinct ones. */
  private readonly suffixes = new Map<string, number>();

  constructor(
    private readonly report: (message: Message, place: Point | undefined) => void,
    /** The site's slugger, with its case rule. */
    private readonly slug: (text: string) => string,
  ) {
    // Generated ids step around Docusaurus's own; explicit ones are reported in allocate().
    for (const id of DOCUSAURUS_IDS) {
      this.taken.set(id, undefined);
    }
  }

  /** An id the headings plugin gives a heading. */
  heading(id: string, at: Point | undefined): void {
    this.taken.set(id, at);
  }

  /** An explicit id an item is about to take: a second one is reported here. */
  claim(id: string, at: Point | undefined): void {
    const line = this.explicit.get(id);
    if (line !== undefined) {
      this.report(duplicateId(id, line), at);
    }
  }

  add(collected: CollectedItem, explicitId?: string): void {
    this.pending.push({collected, explicitId});
    if (explicitId && !this.explicit.has(explicitId)) {
      this.explicit.set(explicitId, collected.item.line);
    }
  }

  /** Every item with its final id, in the order they were added. */
  allocate(): CollectedItem[] {
    const headingIds = new Map(this.taken);
    const refused = new Set<CollectedItem>();
    for (const {explicitId, collected} of this.pending) {
      if (explicitId && DOCUSAURUS_IDS.has(explicitId)) {
        this.report(docusaurusId(explicitId), collected.item);
        refused.add(collected);
        continue;
      }
      if (!explicitId || (this.taken.has(explicitId) && !headingIds.has(explicitId))) {
        continue; // a duplicate explicit id is reported once, by claim()
      }
      if (headingIds.has(explicitId)) {
        this.report(idOfHeading(explicitId, headingIds.get(explicitId)?.line), collected.item);
        headingIds.delete(explicitId);
      }
      this.taken.set(explicitId, undefined);
    }
    for (const {collected, explicitId} of this.pending) {
      if (collected.form !== 'heading' && !explicitId && !(collected.form === 'container' && collected.anchor)) {
        collected.item.id = this.unique(itemId(collected.item, this.slug));
      }
    }
    return this.pending.map((entry) => entry.collected).filter((collected) => !refused.has(collected));
  }

  private unique(base: string): string {
    let id = base;
    let count = this.suffixes.get(base) ?? 1;
    if (this.taken.has(id)) {
      for (id = `${base}-${count}`; this.taken.has(id); count += 1, id = `${base}-${count}`) {
        // every suffix below `count` is taken already
      }
      this.suffixes.set(base, count + 1);
    }
    this.taken.set(id, undefined);
    return id;
  }
}
