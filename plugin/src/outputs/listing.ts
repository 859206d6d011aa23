/**
 * `docusaurus classification`'s listing of the index: a table, Markdown or
 * JSON, its columns the schema's (`cli`), filtered by kind and level.
 */
import {scopeLabel} from '../model/names';
import {cliColumns, jsonEntry, type EntryField} from '../model/schema';
import {listedLevelIds} from '../model/taxonomy';
import {plainText} from '../model/text';
import {markdownDestination, markdownText} from './markdown';
import type {IndexEntry} from '../model/item';
import type {Snapshot} from '../site/snapshot';

export interface ListingOptions {
  kind?: string;
  level?: string;
  /** Every level, Stable included (without `level`: the listed levels only). */
  all?: boolean;
}

/** A field as a cell: a scope as its label, the link as `(source)` when the item has no page. */
function cell(entry: IndexEntry, field: EntryField): string {
  if (field === 'scope') {
    return scopeLabel(entry.scope);
  }
  if (field === 'anchor') {
    return plainText(entry.anchor || `(${entry.source})`);
  }
  return plainText(String(entry[field] ?? ''));
}

function table(entries: readonly IndexEntry[]): string {
  const columns = cliColumns();
  const rows = [columns.map((column) => column.table), ...entries.map((entry) => columns.map((column) => cell(entry, column.field)))];
  const widths = rows[0]!.map((_, index) => Math.max(...rows.map((row) => row[index]!.length)));
  return rows.map((row) => row.map((text, index) => text.padEnd(widths[index]!)).join('  ').trimEnd()).join('\n');
}

/** Markdown for release notes and READMEs: the title's cell links to the item (the link has no column of its own). */
function markdown(entries: readonly IndexEntry[]): string {
  const columns = cliColumns().filter((column) => column.markdown !== undefined);
  const row = (entry: IndexEntry) =>
    columns.map(({field}) =>
      field === 'title' && entry.anchor ? `[${markdownText(entry.title, {linked: true})}](${markdownDestination(entry.anchor)})` : markdownText(cell(entry, field)),
    );
  return [
    `| ${columns.map((column) => column.markdown).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...entries.map((entry) => `| ${row(entry).join(' | ')} |`),
  ].join('\n');
}

export function listing({entries, taxonomy}: Snapshot, options: ListingOptions, format: 'table' | 'json' | 'markdown'): string {
  const listed = listedLevelIds(taxonomy.levels);
  const chosen = entries.filter(
    (entry) =>
      (options.kind === undefined || entry.kind === options.kind) &&
      (options.level === undefined ? options.all || listed.has(entry.level) : entry.level === options.level),
  );
  return format === 'json' ? JSON.stringify(chosen.map(jsonEntry), null, 2) : format === 'markdown' ? markdown(chosen) : table(chosen);
}
