/** The components a classified page renders, built from what collect() decided. */
import {bannerIndex, type CollectedItem, type Collection} from '../collect';
import {entriesForList} from '../scan/indexing';
import {kindLabels, levelLabels} from '../site-data';
import {flowElement, replaceNode, textElement, type PropValue} from './jsx';
import {isLink, isRemoved, replacementEntry} from '../scan/retirement';
import {optionMarkdown as markdown, optionPhrasing as phrasing} from './option-markdown';
import {earlierLevelsLabel, HIDES_ATTRIBUTE, localName, type ComponentName} from '../vocabulary';
import {findLevel, HIDEABLE_PHASES, isHideable, noticeFor, type HideablePhase} from '../taxonomy';
import type {Esm} from '../esm';
import type {SharedState} from '../state';
import type {Kind, Level, Taxonomy} from '../taxonomy';
import type {BlockContent, Heading, Nodes, Parents, PhrasingContent, Root, RootContent, Table, TableRow} from 'mdast' with {'resolution-mode': 'import'};
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx' with {'resolution-mode': 'import'};

function badgeSpan(esm: Esm, level: Level): PhrasingContent {
  // A plain element, not a component: Docusaurus serializes heading children
  // into the TOC as an HTML string that keeps only tag, class and text.
  return textElement(
    esm,
    'span',
    {
      className: `classification-badge classification-badge--${level.id}`,
      'data-classification-level': level.id,
    },
    [{type: 'text', value: level.label}],
  );
}

/** The "New" marker beside a heading's badge: plain too. */
function newSpan(esm: Esm, label: string): PhrasingContent {
  return textElement(esm, 'span', {className: 'classification-new'}, [{type: 'text', value: label}]);
}

/** The DOM hooks of the element that carries an item's id. */
function markAnchor(heading: Heading, level: Level, kind: Kind, id?: string): void {
  heading.data = {
    ...heading.data,
    hProperties: {
      ...heading.data?.hProperties,
      ...(id ? {id} : {}),
      'data-classification-level': level.id,
      'data-classification-kind': kind.id,
    },
  };
}

/** Turns what collect() found on one page into theme components, and says which the page imports. */
export class Renderer {
  readonly used = new Set<ComponentName>();
  /** The docs version of the page being rendered. */
  private version: string | undefined;
  private filePath: string | undefined;
  /** With `notices: 'first'`: kind and level → the id of the page's first item showing that notice. */
  private readonly firstNotice = new Map<string, string>();
  /** What a reader may hide on the page: heading items' sections, a page item's page, callouts' bodies. */
  private readonly hideable: {phase: HideablePhase; section: boolean; heading?: Heading}[] = [];
  constructor(
    private readonly esm: Esm,
    private readonly taxonomy: Taxonomy,
    /** The Docusaurus plugin's state: the index that lists and matrices show. */
    private readonly shared: SharedState | undefined,
    /** The plugin instance, named on components only when it is not the default one. */
    private readonly pluginId: string | undefined,
  ) {}

  /** Every form of the page, in place. */
  render(collection: Collection, tree: Root, filePath: string | undefined): void {
    this.version = filePath === undefined ? undefined : this.shared?.versions?.get(filePath);
    this.filePath = filePath;
    this.firstNotice.clear();
    this.hideable.length = 0;
    quietRejected(collection);
    for (const collected of collection.items) {
      this.item(collected, tree);
    }
    this.readerControl(tree);
    for (const {node, level, since, labelled} of collection.badges) {
      this.badge(node, level, since, labelled);
    }
    for (const {node, kind, disclaimer} of collection.tables) {
      this.table(node, kind, disclaimer);
    }
    for (const {node, kind, level} of collection.lists) {
      this.list(node, kind, level, filePath);
    }
    for (const {node, kind} of collection.matrices) {
      this.matrix(node, kind);
    }
  }

  private itemProps({item, level, kind}: CollectedItem): Record<string, string | undefined> {
    const history = item.ref === undefined ? undefined : this.shared?.registry?.items.get(item.ref)?.history;
    return {
      earlier: earlierLevelsLabel(history, (id) => findLevel(this.taxonomy, id)?.label ?? id),
      id: item.id,
      level: item.level,
      kind: item.kind,
      title: item.title,
      levelLabel: level.label,
      kindLabel: kind.label,
      since: item.since,
      framework: item.framework,
      workload: item.workload,
      pluginId: this.pluginId,
      newLabel: this.newLabel(item),
    };
  }

  /** The "New" marker's text, when the item's level is recent (`newFor`). */
  private newLabel(item: CollectedItem['item']): string | undefined {
    const {shared} = this;
    return shared?.newItems?.of(this.filePath, this.version, item) === undefined ? undefined : shared.newLabel;
  }

  /** A retired item's removal (in this docs version's tense) and its replacement, resolved to a link when the site has it. */
  private retirement({item, level}: CollectedItem): {removal?: string; removed?: true; replacement?: {title: string; href?: string}} | undefined {
    if (level.phase !== 'retired' || (item.removal === undefined && item.replacement === undefined)) {
      return undefined;
    }
    const {shared} = this;
    const removed = item.removal !== undefined && shared?.release !== undefined && isRemoved(item.removal, this.version, shared.release);
    let replacement: {title: string; href?: string} | undefined;
    if (item.replacement !== undefined) {
      // A link as written; an id, the item it names (its title, and its anchor when it has a page).
      const link = isLink(item.replacement);
      const entry = link ? undefined : replacementEntry(item.replacement, shared?.index?.entries ?? [], this.version);
      const href = link ? item.replacement : entry?.anchor || undefined;
      replacement = {title: entry?.title ?? item.replacement, ...(href ? {href} : {})};
    }
    return {removal: item.removal, removed: removed || undefined, replacement};
  }

  /** Where the full notice of this item's kind and level is, when an earlier item of the page shows it. */
  private noticeAt({item, level, kind}: CollectedItem): string | undefined {
    if (this.shared?.notices !== 'first' || !noticeFor(kind, level)) {
      return undefined;
    }
    const key = `${kind.id}\u0000${level.id}`;
    const first = this.firstNotice.get(key);
    if (first === undefined) {
      this.firstNotice.set(key, item.id);
    }
    return first;
  }

  private item(collected: CollectedItem, tree: Root): void {
    const {level, kind} = collected;
    // A statement has no room for it (the index shows its removal).
    const retirement = collected.form === 'statement' ? undefined : this.retirement(collected);
    // Callouts and banners show the notice; headings and statements do not.
    const noticeAt = collected.form === 'container' || collected.form === 'page' ? this.noticeAt(collected) : undefined;
    if (retirement) {
      this.used.add('Retirement');
    }
    if (collected.form === 'container') {
      const {node, label} = collected;
      const body = node.children.filter((child) => child !== label);
      const className = node.attributes?.class ?? undefined;
      const hides = this.hides(collected);
      if (hides) {
        // Its body hides itself (ClassificationCallout).
        this.hideable.push({phase: hides, section: false});
      }
      const props: Record<string, PropValue> = {...this.itemProps(collected), className, retirement, noticeAt, hides};
      if (collected.anchor) {
        // The heading above carries the id (see collect()).
        markAnchor(collected.anchor, level, kind);
        props.id = undefined;
      }
      this.used.add('Callout');
      // The callout shows the kind's disclaimer itself (ClassificationDisclaimer).
      replaceNode(node, flowElement(this.esm, 'Callout', props, body));
      return;
    }
    if (collected.form === 'statement') {
      this.used.add('Statement');
      // The label is the statement's text; without one, the sentence around it is.
      const {node} = collected;
      const className = node.attributes?.class ?? undefined;
      const {title: _title, ...props} = this.itemProps(collected);
      replaceNode(node, textElement(this.esm, localName('Statement'), {...props, className}, node.children));
      return;
    }
    if (collected.form === 'heading') {
      // The id is set here, so the headings plugin keeps it and no longer
      // reads a `{#id}` suffix or an id comment: collect() left those out.
      const fresh = this.newLabel(collected.item);
      collected.node.children = [
        ...collected.children,
        {type: 'text', value: ' '},
        badgeSpan(this.esm, level),
        ...(fresh ? [{type: 'text', value: ' '} as const, newSpan(this.esm, fresh)] : []),
      ];
      markAnchor(collected.node, level, kind, collected.item.id);
      const hides = this.hides(collected);
      if (hides) {
        this.hideable.push({phase: hides, section: true, heading: collected.node});
      }
      if (retirement) {
        // Below the heading: the TOC keeps headings' text only.
        const siblings = parentOf(tree, collected.node);
        const {item} = collected;
        siblings?.splice(siblings.indexOf(collected.node) + 1, 0, flowElement(this.esm, 'Retirement', {level: item.level, levelLabel: level.label, since: item.since, ...retirement}));
      }
      return;
    }
    this.used.add('Banner');
    const banner = flowElement(this.esm, 'Banner', {...this.itemProps(collected), retirement, noticeAt});
    tree.children.splice(bannerIndex(tree), 0, banner);
    const hides = this.hides(collected);
    if (hides) {
      this.hideable.push({phase: hides, section: true});
    }
  }

  /** The phase under which a reader may hide the item's content (statements stay: they are a sentence). */
  private hides({level, form}: CollectedItem): HideablePhase | undefined {
    return form !== 'statement' && this.shared?.readerStorage && isHideable(level.phase) ? level.phase : undefined;
  }

  /**
   * Marks what a reader may hide, and adds the control where the page has
   * some: a heading item's section (up to the next heading of its rank or
   * higher) and a page item's content after its banner. The heading, the
   * banner and a callout's header stay, with the badge, title and anchor.
   */
  private readerControl(tree: Root): void {
    const storage = this.shared?.readerStorage;
    if (!storage || this.hideable.length === 0) {
      return;
    }
    for (const {phase, section, heading} of this.hideable) {
      const siblings = heading ? parentOf(tree, heading) : tree.children;
      if (!section || !siblings) {
        continue;
      }
      // A page item: everything after its banner (which follows the page's title).
      let index = heading ? siblings.indexOf(heading) + 1 : bannerIndex(tree) + 1;
      for (; index < siblings.length; index += 1) {
        const node = siblings[index]!;
        if (heading && node.type === 'heading' && node.depth <= heading.depth) {
          break;
        }
        siblings[index] = markHidden(node, phase);
      }
    }
    const phases = HIDEABLE_PHASES.filter((phase) => this.hideable.some((entry) => entry.phase === phase));
    this.used.add('ReaderControl');
    tree.children.splice(
      bannerIndex(tree),
      0,
      flowElement(this.esm, 'ReaderControl', {
        options: phases.map((phase) => ({phase, levels: this.taxonomy.levels.filter((level) => level.phase === phase).map((level) => level.label)})),
        storageKey: storage.key,
        storageType: storage.type,
      }),
    );
  }

  private badge(node: Collection['badges'][number]['node'], level: Level, since: string | undefined, labelled: boolean): void {
    this.used.add('Badge');
    const badge = textElement(this.esm, localName('Badge'), {level: level.id, label: level.label, since});
    // `:classification[Label]{ref=…}`: the label, then the registry's current level.
    replaceNode(
      node,
      labelled ? textElement(this.esm, 'span', {}, [...node.children, {type: 'text', value: ' '}, badge]) : badge,
    );
  }

  private table(node: Collection['tables'][number]['node'], kind: Kind, withDisclaimer: boolean): void {
    const rows: TableRow[] = this.taxonomy.levels
      .filter((level) => kind.table.rows[level.id])
      .map((level) => ({
        type: 'tableRow',
        children: [level.label, ...kind.table.rows[level.id]!].map((cell, column) => ({
          type: 'tableCell',
          children: phrasing(this.esm, cell),
          // The level names head their rows.
          ...(column === 0 ? {data: {hName: 'th', hProperties: {scope: 'row'}}} : {}),
        })),
      }));
    const header: TableRow = {
      type: 'tableRow',
      children: ['', ...kind.table.columns].map((cell, column) => ({
        type: 'tableCell',
        children: phrasing(this.esm, cell),
        // The empty corner is a data cell: an empty header cell has no name.
        ...(column === 0 ? {data: {hName: 'td'}} : {data: {hProperties: {scope: 'col'}}}),
      })),
    };
    // mdast-util-to-hast renders as many cells per row as `align` has entries.
    const table: Table = {type: 'table', align: header.children.map(() => null), children: [header, ...rows]};
    const footnotes = kind.table.footnotes.flatMap((text) => markdown(this.esm, text));
    this.used.add('Table');
    replaceNode(node, flowElement(this.esm, 'Table', {kind: kind.id, disclaimer: withDisclaimer || undefined, pluginId: this.pluginId}, [table, ...footnotes]));
  }

  private list(
    node: Collection['lists'][number]['node'],
    kind: string | undefined,
    level: string | undefined,
    filePath: string | undefined,
  ): void {
    const {shared} = this;
    // A list in versioned docs shows its own version's items (and unversioned ones).
    const version = filePath === undefined ? undefined : shared?.versions?.get(filePath);
    const index = shared?.index && {
      entries: shared.index.entries.filter((entry) => entry.version === undefined || entry.version === version),
    };
    this.used.add('List');
    replaceNode(
      node,
      flowElement(this.esm, 'List', {
        kind,
        level,
        entries: index ? entriesForList(index, this.taxonomy, shared!.includeStable, {kind, level}) : [],
        levels: levelLabels(this.taxonomy),
        kinds: kindLabels(this.taxonomy),
        built: Boolean(index),
        newLabel: shared?.newLabel,
      }),
    );
  }

  private matrix(node: Collection['matrices'][number]['node'], kind: string | undefined): void {
    const entries = this.shared?.index?.entries ?? [];
    this.used.add('Matrix');
    replaceNode(
      node,
      flowElement(this.esm, 'Matrix', {
        entries: entries.filter(
          (entry) => (kind === undefined || entry.kind === kind) && (entry.framework || entry.workload),
        ),
        levels: levelLabels(this.taxonomy),
      }),
    );
  }
}

/** A space-separated list of phases with `phase` in it. */
function withPhase(value: unknown, phase: HideablePhase): string {
  return [...new Set([...String(value ?? '').split(' ').filter(Boolean), phase])].join(' ');
}

/** Adds `phase` to a JSX element's attribute `name`; false when the element has no such attribute. */
function addToAttribute(node: MdxJsxFlowElement, name: string, phase: HideablePhase): boolean {
  const attribute = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  if (attribute === undefined) {
    return false;
  }
  attribute.value = withPhase(attribute.value, phase);
  return true;
}

/** Nodes whose element takes the mark itself; others are wrapped in a `div` that carries it. */
const MARKED_IN_PLACE = new Set(['paragraph', 'list', 'listItem', 'blockquote', 'table', 'thematicBreak']);
/** Nodes that render nothing of their own (imports, link definitions, expressions), left alone. */
const NOT_CONTENT = new Set(['mdxjsEsm', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'mdxFlowExpression']);
/** Nodes whose text flows: one that holds an item stays whole (a statement is a sentence). */
const PHRASING_CONTAINERS = new Set(['paragraph', 'table', 'tableRow', 'tableCell', 'heading']);
/** The components whose element carries an item's anchor. */
const ITEM_COMPONENTS = new Set([localName('Callout'), localName('Statement')]);

/** Whether an item's anchor is in `node`: a classified heading, a callout or a statement. */
function holdsItem(node: Nodes): boolean {
  if (node.type === 'heading' && node.data?.hProperties?.['data-classification-level'] !== undefined) {
    return true;
  }
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && ITEM_COMPONENTS.has(node.name ?? '')) {
    return true;
  }
  return 'children' in node && (node.children as Nodes[]).some(holdsItem);
}

/**
 * A node of hideable content, marked with its phase (a section inside another
 * gets both). Headings stay, so that every anchor of the section still lands;
 * an item inside stays findable: a callout hides its body only (as its own
 * phase would), a container holding an item hides around it, and a sentence
 * holding a statement stays.
 */
function markHidden(node: RootContent, phase: HideablePhase): RootContent {
  if (NOT_CONTENT.has(node.type) || node.type === 'heading') {
    return node;
  }
  if (node.type === 'mdxJsxFlowElement' && node.name === localName('Callout')) {
    if (!addToAttribute(node, 'hides', phase)) {
      node.attributes.push({type: 'mdxJsxAttribute', name: 'hides', value: phase});
    }
    return node;
  }
  if (holdsItem(node)) {
    if (!PHRASING_CONTAINERS.has(node.type) && 'children' in node) {
      (node as Parents).children = (node.children as RootContent[]).map((child) => markHidden(child, phase)) as Parents['children'];
    }
    return node;
  }
  if (MARKED_IN_PLACE.has(node.type)) {
    node.data = {...node.data, hProperties: {...node.data?.hProperties, [HIDES_ATTRIBUTE]: withPhase(node.data?.hProperties?.[HIDES_ATTRIBUTE], phase)}};
    return node;
  }
  if (node.type === 'mdxJsxFlowElement' && node.name === 'div' && addToAttribute(node, HIDES_ATTRIBUTE, phase)) {
    return node; // a div this function wrapped for an outer section
  }
  // Code blocks, admonitions and components: their props do not reach the DOM.
  return {type: 'mdxJsxFlowElement', name: 'div', attributes: [{type: 'mdxJsxAttribute', name: HIDES_ATTRIBUTE, value: phase}], children: [node as BlockContent]};
}

/** The children of the node that holds `node` (headings sit in the root, a list item, a quote…). */
function parentOf(tree: Root, node: Heading): RootContent[] | undefined {
  const stack: Parents[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    if ((parent.children as RootContent[]).includes(node)) {
      return parent.children as RootContent[];
    }
    for (const child of parent.children) {
      if ('children' in child) {
        stack.push(child);
      }
    }
  }
  return undefined;
}

/** Directives named like ours that collect() rejected: keep their text, no second warning. */
function quietRejected(collection: Collection): void {
  const accepted = new Set<unknown>([
    ...collection.items.map((entry) => (entry.form === 'heading' ? entry.directive : entry.node)),
    ...collection.badges.map((entry) => entry.node),
    ...collection.tables.map((entry) => entry.node),
    ...collection.lists.map((entry) => entry.node),
    ...collection.matrices.map((entry) => entry.node),
  ]);
  for (const node of collection.directives) {
    if (!accepted.has(node)) {
      const tagName = node.type === 'textDirective' ? 'span' : 'div';
      node.data = {...node.data, hName: tagName, hProperties: {className: ['classification-invalid']}};
      if (node.type === 'textDirective' && node.children.length === 0) {
        node.children = [{type: 'text', value: `:${node.name}`}];
      }
    }
  }
}

