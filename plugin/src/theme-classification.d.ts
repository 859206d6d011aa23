/**
 * Contracts of the swizzlable theme components. Swizzle with
 * `npm run swizzle docusaurus-plugin-classification ClassificationCallout -- --wrap`.
 * Each exports its component only (a wrapper re-exports nothing else); the
 * hooks and helpers theme code shares are in `docusaurus-plugin-classification/client`.
 */
/// <reference types="@docusaurus/module-type-aliases" />

declare module '@theme/ClassificationBadge' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** Level id, e.g. "beta": the `data-classification-level` hook. */
    readonly level: string;
    /** Badge text, e.g. "Beta". */
    readonly label: string;
    /** Version or date, shown after the badge. */
    readonly since?: string;
    /** With `newFor`, an item whose level is recent: the "New" marker's text, shown after the badge. */
    readonly newLabel?: string;
    readonly className?: string;
  }
  export default function ClassificationBadge(props: Props): ReactNode;
}

declare module '@theme/ClassificationSince' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** Version or date the item reached its level. */
    readonly since: string;
  }
  /** "since 2.18", translated: plain text, no element. */
  export default function ClassificationSince(props: Props): ReactNode;
}

declare module '@theme/ClassificationMeta' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly kindLabel: string;
    /** The item's scope, one value per key its kind requires: `{framework: 'PyTorch', workload: 'training'}`. */
    readonly scope?: Readonly<Record<string, string>>;
    readonly since?: string;
    /** Earlier levels after since: "since 2.18 (Alpha 2.15)". */
    readonly earlier?: string;
  }
  /** "API · PyTorch · training · since 2.18", as text (the scope's values in its kind's order). */
  export default function ClassificationMeta(props: Props): ReactNode;
}

declare module '@theme/ClassificationCallout' {
  import type {ReactNode} from 'react';
  import type {Props as RetirementProps} from '@theme/ClassificationRetirement';

  export interface Props {
    /**
     * Anchor id; the index links to it. Absent when the heading right above
     * names the item and carries the id instead.
     */
    readonly id?: string;
    readonly level: string;
    readonly kind: string;
    readonly title: string;
    readonly levelLabel: string;
    readonly kindLabel: string;
    readonly since?: string;
    /** The item's scope, one value per key its kind requires (a model class's framework and workload). */
    readonly scope?: Readonly<Record<string, string>>;
    readonly className?: string;
    /** The plugin instance the item belongs to, on a site with several (default: "default"). */
    readonly pluginId?: string;
    /** Its earlier levels, from the registry's history: "Alpha 2.15". */
    readonly earlier?: string;
    /** With `notices: 'first'`: the id of the page's first item of this kind and level, whose notice this one links to. */
    readonly noticeAt?: string;
    /** With `newFor`, when the item's level is recent: the "New" marker's text. */
    readonly newLabel?: string;
    /** The phases (`preview`, `retired`, space-separated) under which a reader may hide the body: its `data-classification-hides`. */
    readonly hides?: string;
    /** A retired item's removal and replacement, shown above its notice. */
    readonly retirement?: Pick<RetirementProps, 'removal' | 'removed' | 'replacement'>;
    /** The body written by the author (the callout adds the disclaimer above it). */
    readonly children?: ReactNode;
  }
  export default function ClassificationCallout(props: Props): ReactNode;
}

declare module '@theme/ClassificationReaderControl' {
  import type {ReactNode} from 'react';
  import type {HideablePhase} from 'docusaurus-plugin-classification';

  export interface Props {
    /** The phases a reader may hide on this page, each with its levels' labels. */
    readonly options: readonly {readonly phase: HideablePhase; readonly levels: readonly string[]}[];
    /** Where the choice is kept: the key (with the site's storage namespace) and the storage. */
    readonly storageKey: string;
    readonly storageType: 'localStorage' | 'sessionStorage';
  }
  /**
   * Checkboxes that hide preview or retired content, rendered in the
   * browser only (without JavaScript everything shows): at the top of the
   * TOC column when the page shows one, else where the page placed it.
   * It also shows hidden content that the URL's hash targets, so that an
   * anchor into it lands (`useRevealHashTarget` of
   * `docusaurus-plugin-classification/client`: keep it in an ejected copy).
   */
  export default function ClassificationReaderControl(props: Props): ReactNode;
}

declare module '@theme/ClassificationRetirement' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly level: string;
    readonly levelLabel: string;
    readonly since?: string;
    /** The version or date the item goes (or went) away in. */
    readonly removal?: string;
    /** The docs version shown is at or past the removal (or the removal date has passed). */
    readonly removed?: boolean;
    /** What to use instead: its title, and where it is when the site has it. */
    readonly replacement?: {readonly title: string; readonly href?: string};
  }
  export default function ClassificationRetirement(props: Props): ReactNode;
}

declare module '@theme/ClassificationStatement' {
  import type {ReactNode} from 'react';
  import type {Props as CalloutProps} from '@theme/ClassificationCallout';

  /** A callout's props but its title: the statement's text is its children. */
  export interface Props extends Omit<CalloutProps, 'id' | 'title' | 'children'> {
    /** Anchor id; the index links to it. */
    readonly id: string;
    /** The statement's text (its label); none when it stands beside its sentence. */
    readonly children?: ReactNode;
  }
  export default function ClassificationStatement(props: Props): ReactNode;
}

declare module '@theme/ClassificationBanner' {
  import type {ReactNode} from 'react';
  import type {Props as CalloutProps} from '@theme/ClassificationCallout';

  export type Props = Omit<CalloutProps, 'className' | 'id'> & {readonly id: string};
  export default function ClassificationBanner(props: Props): ReactNode;
}

declare module '@theme/ClassificationDisclaimer' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The item's level: an `inline` disclaimer shows the notice of its kind and level, if it has one. */
    readonly level?: string;
    readonly kind: string;
    /** `inline` inside a callout or banner; `note` as a note admonition above a table. */
    readonly variant?: 'inline' | 'note';
    /** The plugin instance whose taxonomy gives the text, on a site with several (default: "default"). */
    readonly pluginId?: string;
    /** The id of an earlier item on the page showing this notice in full: a one-line link to it instead. */
    readonly noticeAt?: string;
    /** Shown instead of the kind's disclaimer text from the plugin's options. */
    readonly children?: ReactNode;
  }
  export default function ClassificationDisclaimer(props: Props): ReactNode;
}

declare module '@docusaurus-plugin-classification/disclaimers' {
  import type {DisclaimerData} from 'docusaurus-plugin-classification';

  /** Written by the plugin for the site's locale: plugin instance id → its disclaimers. */
  const disclaimers: Record<string, DisclaimerData>;
  export default disclaimers;
}

declare module '@theme/ClassificationTable' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly kind: string;
    /** `::classification-table{… disclaimer}`: the kind's disclaimer as a note above the table. */
    readonly disclaimer?: boolean;
    /** The plugin instance the table belongs to, on a site with several (default: "default"). */
    readonly pluginId?: string;
    /** The table and its footnotes, rendered from the taxonomy's Markdown. */
    readonly children?: ReactNode;
  }
  export default function ClassificationTable(props: Props): ReactNode;
}

declare module '@theme/ClassificationEntries' {
  import type {ReactNode} from 'react';
  import type {IndexEntry} from 'docusaurus-plugin-classification';

  export interface Props {
    readonly entries: readonly IndexEntry[];
    readonly levels: readonly {id: string; label: string}[];
    /**
     * For a list that filters (the index page): which entries to show. The
     * others stay in the DOM with the `hidden` attribute and without
     * `data-classification-entry`, so that filtering does not remount them;
     * the list is hidden when none is shown. Such a list's links preload
     * their page on hover or focus, not on scrolling into view.
     */
    readonly isShown?: (entry: IndexEntry) => boolean;
    /** The "New" marker's text, beside the badge of entries with `newIn` (the plugin's `newFor`). */
    readonly newLabel?: string;
  }
  export default function ClassificationEntries(props: Props): ReactNode;
}

declare module '@theme/ClassificationList' {
  import type {ReactNode} from 'react';
  import type {IndexEntry} from 'docusaurus-plugin-classification';

  export interface Props {
    readonly entries: readonly IndexEntry[];
    readonly kind?: string;
    readonly level?: string;
    readonly levels: readonly {id: string; label: string}[];
    readonly kinds: readonly {id: string; label: string; plural: string}[];
    /** False when the Docusaurus plugin did not build an index. */
    readonly built: boolean;
    /** The "New" marker's text (the plugin's `newFor`). */
    readonly newLabel?: string;
  }
  export default function ClassificationList(props: Props): ReactNode;
}

declare module '@theme/ClassificationIndexPage' {
  import type {ReactNode} from 'react';
  import type {IndexPageData} from 'docusaurus-plugin-classification';

  export interface Props {
    readonly data: IndexPageData;
  }
  export default function ClassificationIndexPage(props: Props): ReactNode;
}

declare module '@theme/ClassificationChangesPage' {
  import type {ReactNode} from 'react';
  import type {ChangesPageData} from 'docusaurus-plugin-classification';

  export interface Props {
    readonly data: ChangesPageData;
  }
  export default function ClassificationChangesPage(props: Props): ReactNode;
}

declare module '@theme/ClassificationReleases' {
  import type {ReactNode} from 'react';
  import type {Release} from 'docusaurus-plugin-classification';

  export interface Props {
    readonly releases: readonly Release[];
    readonly levels: readonly {id: string; label: string}[];
    readonly kinds: readonly {id: string; plural: string}[];
    /** The heading level of each release; its kinds' headings are one below. (default: 2) */
    readonly headingLevel?: 2 | 3 | 4;
    /** Whether the headings carry ids (`release-2.x`): the release view's do; a page may show one release twice. (default: true) */
    readonly anchored?: boolean;
  }
  /** What changed level, release by release, grouped by kind; each change links to its item ("No change of level is recorded yet." without a release). */
  export default function ClassificationReleases(props: Props): ReactNode;
}

declare module '@theme/ClassificationMatrix' {
  import type {ReactNode} from 'react';
  import type {IndexEntry} from 'docusaurus-plugin-classification';

  export interface Props {
    /** Entries with a scope (framework and workload…); Stable ones show as Stable. */
    readonly entries: readonly IndexEntry[];
    readonly levels: readonly {id: string; label: string}[];
    readonly caption?: string;
    /** The rows' heading: the kind's label ("Model class"), when the entries are of one kind. (default: "Item") */
    readonly corner?: string;
  }
  export default function ClassificationMatrix(props: Props): ReactNode;
}
