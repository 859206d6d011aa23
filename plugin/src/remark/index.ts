/**
 * The remark plugin: add it to `beforeDefaultRemarkPlugins` of docs, blog
 * and pages. It runs `collect()` on the freshly parsed tree and turns what it
 * found into theme components; it leaves every directive it does not own
 * alone.
 */
import {DEFAULT_PARSE_FRONT_MATTER, parseMarkdownHeadingId} from '@docusaurus/utils';
import {
  bannerIndex,
  collect,
  collectLinks,
  directiveLabel,
  fileTitle,
  headingChildrenWithout,
  mayClassify,
  type CollectedItem,
  type Collection,
} from '../collect';
import {loadEsm, type Esm} from '../esm';
import {optionMarkdown as markdown, optionPhrasing as phrasing} from '../option-markdown';
import {COMPONENTS, flowElement, importComponents, replaceNode, textElement, type ComponentName} from '../jsx';
import {normalizeOptions, type Options, type Severity} from '../options';
import {formatProblem, reportProblems} from '../problems';
import {published} from '../shared';
import {findKind, findLevel, type Kind, type Level, type Taxonomy} from '../taxonomy';
import {entriesForList} from '../indexing';
import type {Heading, PhrasingContent, Root, Table, TableRow} from 'mdast' with {'resolution-mode': 'import'};
import type {LinkTargets} from '../links';
import type {Registry} from '../registry';
import type {VFile} from 'vfile' with {'resolution-mode': 'import'};

/**
 * Options of the remark plugin alone; with the Docusaurus plugin, leave them
 * out. The kinds' disclaimers are not compiled into pages: the theme's
 * ClassificationDisclaimer shows the Docusaurus plugin's (see disclaimers.ts).
 */
type RemarkOptions = Pick<Options, 'levels' | 'kinds' | 'onInvalidContent'> & {
  /** `markdown.anchors.maintainCase` of the site. (default: false) */
  anchorsMaintainCase?: boolean;
};

interface Settings {
  taxonomy: Taxonomy;
  onInvalidContent: Severity;
  anchorsMaintainCase: boolean;
  registry?: Registry;
}

function settingsFrom(options: RemarkOptions | undefined): () => Settings {
  if (options && Object.keys(options).length > 0) {
    const normalized = normalizeOptions({
      levels: options.levels,
      kinds: options.kinds,
      onInvalidContent: options.onInvalidContent,
    });
    const settings: Settings = {
      taxonomy: {levels: normalized.levels, kinds: normalized.kinds},
      onInvalidContent: normalized.onInvalidContent,
      anchorsMaintainCase: options.anchorsMaintainCase ?? false,
    };
    return () => settings;
  }
  // Read at transform time: the Docusaurus plugin publishes its options
  // after this factory may already have run.
  return () => published() ?? defaultSettings();
}

let defaults: Settings | undefined;

/** The remark plugin alone, without options: the default taxonomy, validated once. */
function defaultSettings(): Settings {
  if (!defaults) {
    const normalized = normalizeOptions({});
    defaults = {
      taxonomy: {levels: normalized.levels, kinds: normalized.kinds},
      onInvalidContent: normalized.onInvalidContent,
      anchorsMaintainCase: false,
    };
  }
  return defaults;
}

async function frontMatterOf(tree: Root, file: VFile): Promise<Record<string, unknown>> {
  const given = file.data.frontMatter;
  if (given && typeof given === 'object') {
    return given as Record<string, unknown>;
  }
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (!yaml) {
    return {};
  }
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({
    filePath: file.path ?? '',
    fileContent: `---\n${yaml.value}\n---\n`,
  });
  return frontMatter;
}

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

class Renderer {
  readonly used = new Set<ComponentName>();
  constructor(
    private readonly esm: Esm,
    private readonly taxonomy: Taxonomy,
  ) {}

  private level(id: string): Level {
    return findLevel(this.taxonomy, id)!;
  }

  private kind(id: string): Kind {
    return findKind(this.taxonomy, id)!;
  }

  itemProps(collected: CollectedItem): Record<string, string | undefined> {
    const {item} = collected;
    return {
      id: item.id,
      level: item.level,
      kind: item.kind,
      title: item.title,
      levelLabel: this.level(item.level).label,
      kindLabel: this.kind(item.kind).label,
      since: item.since,
      framework: item.framework,
      workload: item.workload,
    };
  }

  item(collected: CollectedItem, tree: Root): void {
    const level = this.level(collected.item.level);
    const kind = this.kind(collected.item.kind);
    if (collected.form === 'container') {
      const {node} = collected;
      const label = directiveLabel(node);
      const body = node.children.filter((child) => child !== label);
      const className = node.attributes?.class ?? undefined;
      const props: Record<string, string | undefined> = {...this.itemProps(collected), className};
      if (collected.anchor) {
        // The heading above carries the id (see collect()).
        this.markAnchor(collected.anchor, level, kind);
        props.id = undefined;
      }
      this.used.add('Callout');
      // The callout shows the kind's disclaimer itself (ClassificationDisclaimer).
      replaceNode(node, flowElement(this.esm, 'Callout', props, body));
      return;
    }
    if (collected.form === 'heading') {
      this.heading(collected.node, collected.directive, collected.item.id, level, kind);
      return;
    }
    this.used.add('Banner');
    const banner = flowElement(this.esm, 'Banner', this.itemProps(collected));
    tree.children.splice(bannerIndex(tree), 0, banner);
  }

  private heading(
    heading: Heading,
    directive: Extract<CollectedItem, {form: 'heading'}>['directive'],
    id: string,
    level: Level,
    kind: Kind,
  ): void {
    const children = headingChildrenWithout(heading, directive);
    // The id is set here, so the headings plugin keeps it and no longer
    // reads a `{#id}` suffix or an id comment: remove those ourselves.
    const last = children.at(-1);
    if (last?.type === 'mdxTextExpression' || (last?.type === 'html' && last.value.startsWith('<!--'))) {
      children.pop();
    } else if (last?.type === 'text') {
      const parsed = parseMarkdownHeadingId(last.value, 'classic');
      if (parsed.id) {
        last.value = parsed.text;
      }
    }
    const lastText = children.at(-1);
    if (lastText?.type === 'text') {
      lastText.value = lastText.value.trimEnd();
    }
    heading.children = [...children, {type: 'text', value: ' '}, badgeSpan(this.esm, level)];
    this.markAnchor(heading, level, kind, id);
  }

  /** The DOM hooks of the element that carries an item's id. */
  private markAnchor(heading: Heading, level: Level, kind: Kind, id?: string): void {
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

  badge(node: Collection['badges'][number]['node'], level: Level, since: string | undefined, labelled: boolean): void {
    this.used.add('Badge');
    const badge = textElement(this.esm, COMPONENTS.Badge, {level: level.id, label: level.label, since});
    // `:classification[Label]{ref=…}`: the label, then the registry's current level.
    replaceNode(
      node,
      labelled ? textElement(this.esm, 'span', {}, [...node.children, {type: 'text', value: ' '}, badge]) : badge,
    );
  }

  table(node: Collection['tables'][number]['node'], kind: Kind, withDisclaimer: boolean): void {
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
    replaceNode(node, flowElement(this.esm, 'Table', {kind: kind.id, disclaimer: withDisclaimer || undefined}, [table, ...footnotes]));
  }

  list(
    node: Collection['lists'][number]['node'],
    kind: string | undefined,
    level: string | undefined,
    filePath: string | undefined,
  ): void {
    const shared = published();
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
        levels: this.taxonomy.levels,
        kinds: this.taxonomy.kinds.map(({id, label, plural}) => ({id, label, plural})),
        built: Boolean(index),
      }),
    );
  }

  matrix(node: Collection['matrices'][number]['node'], kind: string | undefined): void {
    const entries = published()?.index?.entries ?? [];
    this.used.add('Matrix');
    replaceNode(
      node,
      flowElement(this.esm, 'Matrix', {
        entries: entries.filter(
          (entry) => (kind === undefined || entry.kind === kind) && (entry.framework || entry.workload),
        ),
        levels: this.taxonomy.levels,
      }),
    );
  }
}

/**
 * Link badges: a link (or reference-style link) to an Alpha/Beta page or item
 * gets that level's badge after its text, as MDN marks experimental APIs.
 * Not in headings: the heading has its own badge, and the TOC repeats it.
 * collect() gathers the links and definitions in its walk of the tree
 * (collectLinks() alone, on a page that holds nothing else of ours).
 */
function badgeLinks(
  esm: Esm,
  {links, definitions}: Pick<Collection, 'links' | 'definitions'>,
  taxonomy: Taxonomy,
  targets: LinkTargets,
  filePath: string | undefined,
): boolean {
  let used = false;
  for (const node of links) {
    const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
    const level = url === undefined ? undefined : findLevel(taxonomy, targets.levelOf(url, filePath) ?? '');
    if (level) {
      node.data = {...node.data, hProperties: {...node.data?.hProperties, 'data-classification-link': level.id}};
      node.children.push(
        textElement(esm, COMPONENTS.Badge, {level: level.id, label: level.label, className: 'classification-badge--link'}),
      );
      used = true;
    }
  }
  return used;
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

function remarkClassification(options?: RemarkOptions) {
  const settings = settingsFrom(options);
  return async (tree: Root, file: VFile): Promise<void> => {
    const esm = await loadEsm();
    const {taxonomy, onInvalidContent, anchorsMaintainCase, registry} = settings();
    const shared = published();
    // No text (a tree run without its source): collect() decides, as it always did.
    const source =
      typeof file.value === 'string' ? file.value : file.value === undefined ? undefined : new TextDecoder().decode(file.value);
    const given = file.data.frontMatter;
    // Docusaurus gives the front matter it parsed, and also leaves it in the text.
    const frontMatter = typeof given === 'object' && given !== null ? (given as Record<string, unknown>) : {};
    if (source !== undefined && !mayClassify(source, frontMatter, taxonomy)) {
      // Most pages of a site: nothing to collect, at most links to badge.
      if (shared?.links && badgeLinks(esm, collectLinks(tree), taxonomy, shared.links, file.path)) {
        tree.children.unshift(importComponents(['Badge']));
      }
      return;
    }
    const collection = await collect(tree, {
      taxonomy,
      frontMatter: await frontMatterOf(tree, file),
      anchorsMaintainCase,
      fallbackTitle: fileTitle(file.path),
      source,
      registry,
    });
    const alreadyReported = shared !== undefined && file.path !== undefined && shared.reported.has(file.path);
    if (!alreadyReported) {
      reportProblems(
        collection.problems.map((problem) => formatProblem(problem, file.path)),
        onInvalidContent,
      );
    }
    quietRejected(collection);
    const renderer = new Renderer(esm, taxonomy);
    for (const collected of collection.items) {
      renderer.item(collected, tree);
    }
    for (const {node, level, since, labelled} of collection.badges) {
      renderer.badge(node, level, since, labelled);
    }
    for (const {node, kind, disclaimer} of collection.tables) {
      renderer.table(node, kind, disclaimer);
    }
    for (const {node, kind, level} of collection.lists) {
      renderer.list(node, kind, level, file.path);
    }
    for (const {node, kind} of collection.matrices) {
      renderer.matrix(node, kind);
    }
    if (shared?.links && badgeLinks(esm, collection, taxonomy, shared.links, file.path)) {
      renderer.used.add('Badge');
    }
    if (renderer.used.size > 0) {
      tree.children.unshift(importComponents(renderer.used));
    }
  };
}

// eslint-disable-next-line @typescript-eslint/no-namespace
namespace remarkClassification {
  export type Options = RemarkOptions;
}

// `export =`: the module itself is the plugin, so an ESM `import x from
// 'docusaurus-plugin-classification/remark'` gets the function, not a
// `{default}` namespace object.
export = remarkClassification;
