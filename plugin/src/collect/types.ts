/** What collect() returns: items, badges, tables, lists and matrices with the nodes they replace. */
import type {Point, Problem} from '../problems';
import type {Registry} from '../scan/registry';
import type {Kind, Level, Taxonomy} from '../taxonomy';
import type {
  ContainerDirective,
  LeafDirective,
  TextDirective,
} from 'mdast-util-directive' with {'resolution-mode': 'import'};
import type {Heading, Link, LinkReference, PhrasingContent, Root} from 'mdast' with {'resolution-mode': 'import'};

/** How an item is written; `registry` items are defined there and mentioned by no page. */
export type ItemForm = 'container' | 'heading' | 'statement' | 'page' | 'registry';

/** A classified item as the page renders it and the index lists it. */
export interface ClassificationItem {
  /** Anchor id on the page. */
  id: string;
  title: string;
  level: string;
  kind: string;
  form: ItemForm;
  since?: string;
  /** A retired item: the version or date it goes (or went) away in. */
  removal?: string;
  /** A retired item: what to use instead (a registry id, an item id, or a link). */
  replacement?: string;
  framework?: string;
  workload?: string;
  /** The registry id the item refers to. */
  ref?: string;
  /** Where the item is written (1-based). */
  line: number;
  column: number;
}

export type Directive = ContainerDirective | LeafDirective | TextDirective;

/** What every collected item carries besides its node: the level and kind it was checked against. */
interface Decided {
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

export interface CollectedBadge {
  node: TextDirective;
  level: Level;
  since?: string;
  /** `:classification[Label]{ref=…}`: the label shows before the badge. */
  labelled: boolean;
}

export interface CollectedTable {
  node: LeafDirective;
  kind: Kind;
  /** `disclaimer` attribute: print the kind's disclaimer as a note first. */
  disclaimer: boolean;
}

export interface CollectedList {
  node: LeafDirective;
  kind?: string;
  level?: string;
}

export interface CollectedMatrix {
  node: LeafDirective;
  kind?: string;
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
  items: CollectedItem[];
  badges: CollectedBadge[];
  tables: CollectedTable[];
  lists: CollectedList[];
  matrices: CollectedMatrix[];
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

export type {Point};
