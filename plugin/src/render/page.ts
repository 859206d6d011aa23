/**
 * One page's render: what the forms share while they turn what collect()
 * found into theme components — the snapshot's view of the site, the
 * components the page imports, the notices shown so far, what a reader may
 * hide. Each form's render (forms/) works through it.
 */
import {registryItemAt} from '../model/item';
import {earlierLevelsLabel} from '../model/names';
import {fieldSpec, fieldsWhere} from '../model/schema';
import {findLevel, isHideable, noticeFor, type HideablePhase, type Kind, type Level, type Taxonomy} from '../model/taxonomy';
import {isLink} from '../model/checks';
import {isRemoved, replacementEntry} from '../site/retirement';
import {blockElement, flowElement, textElement, type PropValue} from './jsx';
import type {ComponentName} from '../model/components';
import type {CollectedItem} from '../read/collect/types';
import type {Esm} from '../upstream/esm';
import type {SiteView} from '../site/view';
import type {Heading, PhrasingContent, Root, RootContent} from 'mdast' with {'resolution-mode': 'import'};
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx' with {'resolution-mode': 'import'};

/** What a reader may hide: a heading item's section, a page item's page, a callout's body. */
export interface Hideable {
  phase: HideablePhase;
  /** A section (what follows the heading, or the banner), not a callout's own body. */
  section: boolean;
  heading?: Heading;
}

/** A retired item's removal (in this docs version's tense) and its replacement, resolved to a link when the site has it. */
export interface Retirement {
  removal?: string;
  removed?: true;
  replacement?: {title: string; href?: string};
}

/** The item fields the components show (the schema's `prop`), the id first as the element reads. */
const PROP_FIELDS = /* @__PURE__ */ fieldsWhere((spec) => spec.prop !== undefined).sort((a, b) => Number(b === 'id') - Number(a === 'id'));

export class PageRender {
  /** The components the page imports. */
  readonly used = new Set<ComponentName>();
  readonly hideable: Hideable[] = [];
  /** The docs version of the page. */
  readonly version: string | undefined;
  /** With `notices: 'first'`: kind and level → the id of the page's first item showing that notice. */
  private readonly firstNotice = new Map<string, string>();

  constructor(
    readonly esm: Esm,
    readonly taxonomy: Taxonomy,
    readonly tree: Root,
    /** The snapshot's view of the site; undefined for the remark plugin alone. */
    readonly site: SiteView | undefined,
    readonly filePath: string | undefined,
  ) {
    this.version = site?.versionOf(filePath);
  }

  /** The plugin instance, named on components only when it is not the default one. */
  get pluginId(): string | undefined {
    const id = this.site?.snapshot.settings.pluginId;
    return id === 'default' ? undefined : id;
  }

  /** A theme component as a block, imported by the page. */
  block(component: ComponentName, props: Record<string, PropValue>, children: RootContent[] = []): MdxJsxFlowElement {
    this.used.add(component);
    return flowElement(this.esm, component, props, children);
  }

  /** A plain `div` of the given class around blocks. */
  group(className: string, children: MdxJsxFlowElement[]): MdxJsxFlowElement {
    return blockElement(this.esm, 'div', {className}, children);
  }

  /** A theme component inline (or a plain element, e.g. `span`), imported by the page when it is a component. */
  inline(component: ComponentName | undefined, name: string, props: Record<string, PropValue>, children: PhrasingContent[] = []): MdxJsxTextElement {
    if (component) {
      this.used.add(component);
    }
    return textElement(this.esm, name, props, children);
  }

  /** An item's props, as the schema says the components show its fields, with its labels. */
  itemProps({item, level, kind}: CollectedItem): Record<string, PropValue> {
    const props: Record<string, PropValue> = {};
    for (const field of PROP_FIELDS) {
      const {prop, type} = fieldSpec(field);
      props[prop!] = type === 'history' ? this.earlier(item.ref) : (item as unknown as Record<string, PropValue>)[field];
    }
    return {...props, levelLabel: level.label, kindLabel: kind.label, pluginId: this.pluginId, newLabel: this.newLabel(item)};
  }

  /** A registry item's earlier levels, newest first: "Alpha 2.15". */
  private earlier(ref: string | undefined): string | undefined {
    const item = ref === undefined ? undefined : this.site?.currentRegistry().registry?.items.get(ref);
    const history = item && registryItemAt(item, this.site!.documentsOf(this.filePath)).history;
    return earlierLevelsLabel(history, (id) => findLevel(this.taxonomy, id)?.label ?? id);
  }

  /** The "New" marker's text, when the item's level is recent (`newFor`). */
  newLabel(item: CollectedItem['item']): string | undefined {
    const {site} = this;
    return site?.newItems?.of(this.filePath, this.version, item) === undefined ? undefined : site.snapshot.settings.newLabel;
  }

  /** A retired item's removal and replacement, or undefined. */
  retirement({item, level}: CollectedItem): Retirement | undefined {
    if (level.phase !== 'retired' || (item.removal === undefined && item.replacement === undefined)) {
      return undefined;
    }
    const {site} = this;
    const removed = item.removal !== undefined && site !== undefined && isRemoved(item.removal, this.version, site.release);
    let replacement: Retirement['replacement'];
    if (item.replacement !== undefined) {
      // An id, the item it names (its title, and its anchor when it has a page); else a link as written.
      const entry = replacementEntry(item.replacement, site?.snapshot.entries ?? [], this.version);
      const link = !entry && isLink(item.replacement);
      const href = link ? item.replacement : entry?.anchor || undefined;
      replacement = {title: entry?.title ?? item.replacement, ...(href ? {href} : {})};
    }
    this.used.add('Retirement');
    return {removal: item.removal, ...(removed ? {removed} : {}), replacement};
  }

  /** Where the full notice of this item's kind and level is, when an earlier item of the page shows it. */
  noticeAt({item, level, kind}: CollectedItem): string | undefined {
    if (this.site?.snapshot.settings.notices !== 'first' || !noticeFor(kind, level)) {
      return undefined;
    }
    const key = `${kind.id}\u0000${level.id}`;
    const first = this.firstNotice.get(key);
    if (first === undefined) {
      this.firstNotice.set(key, item.id);
    }
    return first;
  }

  /** The phase under which a reader may hide the item's content, noted for the reader control; undefined when none. */
  hides({level}: CollectedItem, section: boolean, heading?: Heading): HideablePhase | undefined {
    if (!this.site || !isHideable(level.phase)) {
      return undefined;
    }
    this.hideable.push({phase: level.phase, section, ...(heading ? {heading} : {})});
    return level.phase;
  }

  /** The plain badge of a heading item: Docusaurus serializes heading children into the TOC as HTML that keeps only tag, class and text. */
  badgeSpan(level: Level): PhrasingContent {
    return textElement(this.esm, 'span', {className: `classification-badge classification-badge--${level.id}`, 'data-classification-level': level.id}, [
      {type: 'text', value: level.label},
    ]);
  }

  /** The "New" marker beside a heading's badge: plain too. */
  newSpan(label: string): PhrasingContent {
    return textElement(this.esm, 'span', {className: 'classification-new'}, [{type: 'text', value: label}]);
  }
}

/** The DOM hooks of the heading that carries an item's id (and the id, when given). */
export function markAnchor(heading: Heading, level: Level, kind: Kind, id?: string): void {
  heading.data = {
    ...heading.data,
    hProperties: {...heading.data?.hProperties, ...(id ? {id} : {}), 'data-classification-level': level.id, 'data-classification-kind': kind.id},
  };
}
