/** The components a classified page renders, built from what collect() decided. */
import {bannerIndex, type CollectedItem, type Collection} from '../collect';
import {entriesForList} from '../scan/indexing';
import {kindLabels} from '../site-data';
import {flowElement, replaceNode, textElement} from './jsx';
import {optionMarkdown as markdown, optionPhrasing as phrasing} from './option-markdown';
import {localName, type ComponentName} from '../vocabulary';
import type {Esm} from '../esm';
import type {SharedState} from '../state';
import type {Kind, Level, Taxonomy} from '../taxonomy';
import type {Heading, PhrasingContent, Root, Table, TableRow} from 'mdast' with {'resolution-mode': 'import'};

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
    quietRejected(collection);
    for (const collected of collection.items) {
      this.item(collected, tree);
    }
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
    return {
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
    };
  }

  private item(collected: CollectedItem, tree: Root): void {
    const {level, kind} = collected;
    if (collected.form === 'container') {
      const {node, label} = collected;
      const body = node.children.filter((child) => child !== label);
      const className = node.attributes?.class ?? undefined;
      const props: Record<string, string | undefined> = {...this.itemProps(collected), className};
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
      collected.node.children = [...collected.children, {type: 'text', value: ' '}, badgeSpan(this.esm, level)];
      markAnchor(collected.node, level, kind, collected.item.id);
      return;
    }
    this.used.add('Banner');
    const banner = flowElement(this.esm, 'Banner', this.itemProps(collected));
    tree.children.splice(bannerIndex(tree), 0, banner);
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
        // Ids and labels: all a list or matrix shows of a level (its notice stays out of the page).
        levels: this.taxonomy.levels.map(({id, label}) => ({id, label})),
        kinds: kindLabels(this.taxonomy),
        built: Boolean(index),
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
        // Ids and labels: all a list or matrix shows of a level (its notice stays out of the page).
        levels: this.taxonomy.levels.map(({id, label}) => ({id, label})),
      }),
    );
  }
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

