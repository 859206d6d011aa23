/**
 * `docusaurus classification [siteDir]`: lists the site's classified items
 * without building it (the site's content is loaded, nothing is bundled),
 * and with `--check` fails on any validation error or overdue item, for CI.
 */
import path from 'node:path';
import type {IndexEntry} from './indexing';

export interface CliOptions {
  format?: string;
  kind?: string;
  level?: string;
  all?: boolean;
  check?: boolean;
}

/** What the plugin hands over when it runs under this command instead of a build. */
export interface CliCapture {
  problems: string[];
  stale: string[];
  entries?: IndexEntry[];
  previewLevels?: string[];
}

const KEY = Symbol.for('docusaurus-plugin-classification/cli');

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
      [entry.framework, entry.workload].filter(Boolean).join(' · '),
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
        `| ${entry.level} | ${entry.kind} | ${entry.anchor ? `[${escape(entry.title)}](${entry.anchor})` : escape(entry.title)} | ${escape([entry.framework, entry.workload].filter(Boolean).join(' · '))} | ${entry.since ?? ''} |`,
    ),
  ].join('\n');
}

export async function runCli(siteDirArgument: string | undefined, options: CliOptions): Promise<void> {
  const format = options.format ?? 'table';
  if (!['table', 'json', 'markdown'].includes(format)) {
    throw new Error(`--format must be table, json or markdown, not "${format}"`);
  }
  const siteDir = path.resolve(siteDirArgument ?? '.');
  const capture: CliCapture = {problems: [], stale: []};
  (globalThis as {[KEY]?: CliCapture})[KEY] = capture;
  try {
    const {loadSite} = (await import('@docusaurus/core/lib/server/site.js')) as {
      loadSite: (params: {siteDir: string}) => Promise<unknown>;
    };
    await loadSite({siteDir});
  } finally {
    delete (globalThis as {[KEY]?: CliCapture})[KEY];
  }
  if (!capture.entries) {
    throw new Error(`No docusaurus-plugin-classification index was built for ${siteDir}: is the plugin in its config?`);
  }
  const preview = new Set(capture.previewLevels);
  const entries = capture.entries.filter(
    (entry) =>
      (options.kind === undefined || entry.kind === options.kind) &&
      (options.level === undefined ? options.all || preview.has(entry.level) : entry.level === options.level),
  );
  const output =
    format === 'json' ? JSON.stringify(entries, null, 2) : format === 'markdown' ? markdown(entries) : table(entries);
  process.stdout.write(`${output}\n`);
  if (options.check) {
    const failures = [...capture.problems, ...capture.stale];
    for (const line of failures) {
      process.stderr.write(`${line}\n`);
    }
    process.stderr.write(
      failures.length === 0
        ? `classification check passed: ${capture.entries.length} items, no problem, nothing overdue\n`
        : `classification check failed: ${capture.problems.length} problems, ${capture.stale.length} overdue items\n`,
    );
    if (failures.length > 0) {
      process.exitCode = 1;
    }
  }
}
