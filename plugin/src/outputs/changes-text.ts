/** The release view as text for the CLI: a table, Markdown ready for release notes, or JSON. */
import {releaseNames, releasesNamed, type Change, type Release} from '../site/releases';
import {plainText} from '../model/text';
import {markdownDestination, markdownText} from './markdown';
import {scopeLabel} from '../model/names';
import type {Taxonomy} from '../model/taxonomy';

export interface Labels {
  /** Level id → its label. */
  levels: Record<string, string>;
  /** Kind id → its plural. */
  kinds: Record<string, string>;
}

/** The labels of a taxonomy, by id. */
export function labelsOf(taxonomy: Taxonomy): Labels {
  return {
    levels: Object.fromEntries(taxonomy.levels.map((level) => [level.id, level.label])),
    kinds: Object.fromEntries(taxonomy.kinds.map((kind) => [kind.id, kind.plural])),
  };
}

/** What each change is called in English (the theme's defaults say the same, for Docusaurus's translation files). */
export const CHANGE_LABELS: Record<Change['change'], string> = {
  promoted: 'Promoted',
  demoted: 'Demoted',
  new: 'New',
  deprecated: 'Deprecated',
  removed: 'Removed',
};

/** A change's item as readers name it: its title, and a model class's cell (`Llama 2 (PyTorch NeuronX · training)`). */
export function changeTitle(change: Change): string {
  const [title, scope] = [plainText(change.title), plainText(scopeLabel(change.scope))];
  return scope ? `${title} (${scope})`.trimStart() : title;
}

function heading(release: Release): string {
  return release.previous ? `${release.label} (since ${release.previous})` : release.label;
}

function levels(change: Change, labels: Labels): string {
  const label = (id: string | undefined) => (id === undefined ? '' : labels.levels[id] ?? id);
  return change.from && change.to ? `${label(change.from)} → ${label(change.to)}` : label(change.to ?? change.from);
}

export function releasesTable(releases: readonly Release[], labels: Labels): string {
  return releases
    .map((release) => {
      const rows = release.changes.map((change) => [change.change, change.kind, changeTitle(change), levels(change, labels), plainText(change.anchor)]);
      const widths = [0, 1, 2, 3].map((column) => Math.max(0, ...rows.map((row) => row[column]!.length)));
      const lines = rows.map((row) => `  ${row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column]!) : cell)).join('  ').trimEnd()}`);
      return [heading(release), ...(lines.length > 0 ? lines : ['  (no change)'])].join('\n');
    })
    .join('\n\n');
}

export function releasesMarkdown(releases: readonly Release[], labels: Labels): string {
  const escape = markdownText;
  return releases
    .map((release) => {
      const lines = [`## ${escape(heading(release))}`, ''];
      for (const kind of [...new Set(release.changes.map((change) => change.kind))]) {
        lines.push(`### ${escape(labels.kinds[kind] ?? kind)}`, '');
        for (const change of release.changes.filter((candidate) => candidate.kind === kind)) {
          const title = change.anchor ? `[${escape(changeTitle(change), {linked: true})}](${markdownDestination(change.anchor)})` : escape(changeTitle(change));
          lines.push(`- **${CHANGE_LABELS[change.change]}**: ${title} (${escape(levels(change, labels))})`);
        }
        lines.push('');
      }
      if (release.changes.length === 0) {
        lines.push('No change.', '');
      }
      return lines.join('\n').trimEnd();
    })
    .join('\n\n');
}

/** The releases `--changes` asks for: all, one (`2.x`), or one pair (`1.0..2.x`). */
export function selectReleases(releases: readonly Release[], range: string | true, error: (message: string) => Error = (message) => new Error(message)): Release[] {
  if (range === true) {
    return [...releases];
  }
  const chosen = releasesNamed(releases, range);
  if (chosen.length === 0 && range.includes('..') && !releases.some((release) => release.previous !== undefined)) {
    throw error(`--changes ${range}: a range names two consecutive docs versions, and this site has no versioned docs; name one release: ${releaseNames(releases).join(', ') || '(none)'}`);
  }
  if (chosen.length === 0) {
    throw error(`--changes ${range}: no such release; expected one of ${releaseNames(releases).join(', ') || '(none: the site has no versions, history or since values)'}`);
  }
  return chosen;
}
