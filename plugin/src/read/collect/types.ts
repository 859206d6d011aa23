/** What collect() returns, and what it asks of the forms that read a page (forms/ implements them). */
import type {ClassificationItem, Registry} from '../../model/item';
import type {Problem} from '../../model/problems';
import type {Kind, Level, Taxonomy} from '../../model/taxonomy';
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};
import type {Heading, Link, LinkReference, PhrasingContent, Root} from 'mdast' with {'resolution-mode': 'import'};

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

/**
 * Something a page names that only the whole site can tell apart from a
 * mistake (a release of the release view): kept with what the reader found,
 * and resolved by the form that named it once the snapshot's index and
 * releases exist.
 */
export interface Reference {
  /** The form that named it. */
  form: string;
  value: string;
  line: number;
  column: number;
  /** The file it is written in, when the page renders a partial that names it. */
  file?: string;
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
  /** What the page names that only the site can resolve. */
  references: Reference[];
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
  /** The version the page's docs document (model/versions.ts documentedAs): registry items as they stood there. */
  documents?: string;
  /** Registry items that name a heading of the page (`page: api/classes/Widget#render`): the name after "#" → item id. */
  headings?: Readonly<Record<string, string>>;
}
