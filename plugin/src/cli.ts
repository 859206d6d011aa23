/**
 * `docusaurus classification [siteDir]`: lists the site's classified items
 * without building it (the site's content is loaded, nothing is bundled),
 * and with `--check` fails on any validation error or overdue item, for CI.
 */
import path from 'node:path';
import {DEFAULT_PLUGIN_ID, PLUGIN_NAME, scopeLabel} from './vocabulary';
import {reportProblems} from './problems';
import type {Severity} from './options';
import {releasesMarkdown, releasesTable, selectReleases, type Labels} from './scan/changes-text';
import type {Release} from './scan/changes';
import type {IndexEntry} from './scan/indexing';
import type {Plugin} from '@docusaurus/types';

export interface CliOptions {
  format?: string;
  kind?: string;
  level?: string;
  all?: boolean;
  check?: boolean;
  pluginId?: string;
  /** `--changes`: every release; `--changes 2.x` or `--changes 1.0..2.x`: those. */
  changes?: string | true;
}

/** What the plugin hands over when it runs under this command instead of a build. */
export interface CliCapture {
  /** Every instance's problems and overdue items. */
  problems: string[];
  stale: string[];
  /** Each plugin instance's index. */
  indexes: Map<string, {entries: IndexEntry[]; listedLevels: string[]; releases: Release[]; labels: Labels}>;
}

type Cli = Parameters<NonNullable<Plugin['extendCli']>>[0];

/** Commands already registered: with several plugin instances, extendCli() runs once for each. */
const registered = new WeakSet<object>();

/** `docusaurus classification`, once per command line whatever the number of instances. */
export function registerCli(cli: Cli): void {
  if (registered.has(cli)) {
    return;
  }
  registered.add(cli);
  cli
    .command('classification [siteDir]')
    .description('List the classified items of the site without building it; --check fails on problems')
    .option('--format <format>', 'table, json or markdown (default: table)')
    .option('--kind <kind>', 'only this kind')
    .option('--level <level>', 'only this level (default: the preview levels)')
    .option('--all', 'every level, Stable included')
    .option('--plugin-id <id>', 'the plugin instance whose items to list, when the site has several (default: "default")')
    .option('--check', 'exit with 1 on any validation error or overdue item')
    .option('--changes [range]', 'what changed level: every release, one (2.x) or between two (1.0..2.x)')
    .action(async (dir: string | undefined, cliOptions: CliOptions) => {
      await runCli(dir, cliOptions);
    });
}

const KEY = Symbol.for(`${PLUGIN_NAME}/cli`);

export function cliCapture(): CliCapture | undefined {
  return (globalThis as {[KEY]?: CliCapture})[KEY];
}

function table(entries: IndexEntry[]): string {
  const rows = [
    ['LEVEL', 'KIND', 'TITLE', 'SCOPE', 'SINCE', 'LINK'],
    ...entries.map((entry) => [
      entry.level,
      entry.kind,
      entry.title,
      scopeLabel(entry),
      entry.since ?? '',
      entry.anchor || `(${entry.source})`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

function markdown(entries: IndexEntry[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| Level | Kind | Item | Scope | Since |',
    '| --- | --- | --- | --- | --- |',
    ...entries.map(
      (entry) =>
        `| ${entry.level} | ${entry.kind} | ${entry.anchor ? `[${escape(entry.title)}](${entry.anchor})` : escape(entry.title)} | ${escape(scopeLabel(entry))} | ${entry.since ?? ''} |`,
    ),
  ].join('\n');
}

function listing(index: CliCapture['indexes'] extends Map<string, infer T> ? T : never, options: CliOptions, format: string): string {
  const listed = new Set(index.listedLevels);
  const entries = index.entries.filter(
    (entry) =>
      (options.kind === undefined || entry.kind === options.kind) &&
      (options.level === undefined ? options.all || listed.has(entry.level) : entry.level === options.level),
  );
  return format === 'json' ? JSON.stringify(entries, null, 2) : format === 'markdown' ? markdown(entries) : table(entries);
}

function changes(index: CliCapture['indexes'] extends Map<string, infer T> ? T : never, range: string | true, format: string): string {
  const releases = selectReleases(index.releases, range);
  return format === 'json' ? JSON.stringify(releases, null, 2) : format === 'markdown' ? releasesMarkdown(releases, index.labels) : releasesTable(releases, index.labels);
}

export async function runCli(siteDirArgument: string | undefined, options: CliOptions): Promise<void> {
  const format = options.format ?? 'table';
  if (!['table', 'json', 'markdown'].includes(format)) {
    throw new Error(`--format must be table, json or markdown, not "${format}"`);
  }
  const siteDir = path.resolve(siteDirArgument ?? '.');
  const capture: CliCapture = {problems: [], stale: [], indexes: new Map()};
  (globalThis as {[KEY]?: CliCapture})[KEY] = capture;
  try {
    const {loadSite} = (await import('@docusaurus/core/lib/server/site.js')) as {
      loadSite: (params: {siteDir: string}) => Promise<unknown>;
    };
    await loadSite({siteDir});
  } finally {
    delete (globalThis as {[KEY]?: CliCapture})[KEY];
  }
  const pluginId = options.pluginId ?? (capture.indexes.size === 1 ? [...capture.indexes.keys()][0]! : DEFAULT_PLUGIN_ID);
  const index = capture.indexes.get(pluginId);
  if (!index) {
    throw new Error(
      capture.indexes.size === 0
        ? `No docusaurus-plugin-classification index was built for ${siteDir}: is the plugin in its config?`
        : `No docusaurus-plugin-classification instance "${pluginId}" in ${siteDir}; --plugin-id takes one of ${[...capture.indexes.keys()].join(', ')}`,
    );
  }
  process.stdout.write(`${options.changes === undefined ? listing(index, options, format) : changes(index, options.changes, format)}\n`);
  if (options.check) {
    // Once each: instances sharing a registry or pages report the same line.
    const problems = [...new Set(capture.problems)];
    const stale = [...new Set(capture.stale)];
    const failures = [...problems, ...stale];
    for (const line of failures) {
      process.stderr.write(`${line}\n`);
    }
    const items = [...capture.indexes.values()].reduce((sum, {entries: all}) => sum + all.length, 0);
    process.stderr.write(
      failures.length === 0
        ? `classification check passed: ${items} items, no problem, nothing overdue\n`
        : `classification check failed: ${problems.length} problems, ${stale.length} overdue items\n`,
    );
    if (failures.length > 0) {
      process.exitCode = 1;
    }
  }
}

/** Reports problems with their severity, or under this command hands them over for the end. */
export function reportOrCapture(lines: string[], severity: Severity, what: 'problems' | 'stale'): void {
  const capture = cliCapture();
  if (capture) {
    capture[what].push(...lines);
  } else {
    reportProblems(lines, severity);
  }
}
