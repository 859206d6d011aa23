/** What collect() returns, and what it asks of the forms that read a page (forms/ implements them). */
import type {ClassificationItem, Registry} from '../../model/item';
import type {Problem} from '../../model/problems';
import type {Kind, Level, Taxonomy} from '../../model/taxonomy';
import type {Context} from './context';
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};
import type {Heading, Link, LinkReference, Nodes, Parents, PhrasingContent, Root} from 'mdast' with {'resolution-mode': 'import'};

export type Directive = ContainerDirective | LeafDirective | TextDirective;

/** What every collected item carries besides its node: the level and kind it was checked against. */
export interface Decided {
  item: ClassificationItem;
  level: Level;
  kind: Kind;
}

export type CollectedItem = Decided &
  (
    | {
        form: 'container';
        node: ContainerDirective;
        /** The `[label]`, which the callout shows as its title instead of its body. */
        label?: ContainerDirective['children'][number];
        /** The heading right above that names the item and carries its id. */
        anchor?: Heading;
      }
    | {
        form: 'heading';
        node: Heading;
        directive: TextDirective;
        explicitId: boolean;
        /** The heading's children without the directive and without an id suffix or comment. */
        children: PhrasingContent[];
      }
    | {form: 'statement'; node: TextDirective}
    | {form: 'page'; node: Root}
  );

/** Something a form other than an item's found: a badge, a table, a list… to render where it is. */
export interface Found {
  /** The name of the form that found it. */
  form: string;
  value: unknown;
}

/** Links and reference definitions, for link badges. */
export interface Links {
  /** Links and reference-style links outside headings. */
  links: (Link | LinkReference)[];
  /** Link reference definitions: identifier → URL. */
  definitions: Map<string, string>;
}

export interface Collection extends Links {
  pageTitle: string;
  /** The items, in document order (the page item where its banner goes). */
  items: CollectedItem[];
  /** What the other forms found, in document order. */
  found: Found[];
  problems: Problem[];
  /** Every directive named like ours (a level or an own directive), accepted or not. */
  directives: Directive[];
}

export interface CollectOptions {
  taxonomy: Taxonomy;
  /** The page's parsed front matter. */
  frontMatter: Record<string, unknown>;
  /** `markdown.anchors.maintainCase` of the site. (default: false) */
  anchorsMaintainCase?: boolean;
  /** Page title when neither front matter nor an h1 gives one. */
  fallbackTitle?: string;
  /** The text the tree was parsed from, to find containers left unclosed. */
  source?: string;
  /** The registry items are defined in, for `ref=…`. */
  registry?: Registry;
}

/**
 * A form as the reader sees it: what it claims of a page, and what it finds
 * there. An item form adds its items to `context.ids` (they get their ids
 * once the page is read); another form returns what it found.
 */
export interface FormReader<F = unknown> {
  /** Its name: an item's `form`, or the name its findings carry. */
  readonly name: string;
  /** Its own directive (`::classification-table`): the walk hands it the nodes of that name and type. */
  readonly directive?: {readonly name: string; readonly type: Directive['type']};
  /** For forms without a directive of their own: whether this node is theirs (the item forms, by type and place). */
  claims?(node: Nodes, parent: Parents, context: Context): boolean;
  /** Reads a node it claimed. `previous` is the node before it in its parent. */
  collect?(context: Context, node: Nodes, parent: Parents, previous: Nodes | undefined): F | undefined;
  /** Reads the page as a whole (its front matter), before the walk. */
  collectPage?(context: Context, tree: Root): void;
}
