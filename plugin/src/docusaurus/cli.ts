/**
 * `docusaurus classification [siteDir]`: lists the site's classified items
 * without building it (the site's content is loaded, nothing is bundled),
 * and with `--check` fails on any validation error or overdue item, for CI.
 */
import path from 'node:path';
import {DEFAULT_PLUGIN_ID, PLUGIN_NAME, type Severity} from '../model/names';
import {didYouMean, reportProblems} from '../model/problems';
import {labelsOf, releasesMarkdown, releasesTable, selectReleases} from '../outputs/changes-text';
import {listing} from '../outputs/listing';
import type {Snapshot} from '../site/snapshot';
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
  /** Problems the plugin found before its snapshot (the registry's). */
  problems: string[];
  /** Each plugin instance's snapshot. */
  snapshots: Map<string, Snapshot>;
}

type Cli = Parameters<NonNullable<Plugin['extendCli']>>[0];
type Format = 'table' | 'json' | 'markdown';

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

/** The capture of the command running in this process, if any. */
let capture: CliCapture | undefined;

export function cliCapture(): CliCapture | undefined {
  return capture;
}

/** Loads a site as the command does: its instances' snapshots and the problems found before them, nothing reported. */
export async function loadSnapshots(siteDir: string): Promise<CliCapture> {
  const captured: CliCapture = {problems: [], snapshots: new Map()};
  capture = captured;
  try {
    const {loadSite} = (await import('@docusaurus/core/lib/server/site.js')) as {loadSite: (params: {siteDir: string}) => Promise<unknown>};
    await loadSite({siteDir});
  } finally {
    capture = undefined;
  }
  return captured;
}

/** A mistake on the command line: one line, no stack (the message says all). */
function usageError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

function formatOf(options: CliOptions): Format {
  const format = options.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'markdown') {
    throw usageError(`--format must be table, json or markdown, not "${format}"`);
  }
  return format;
}

/** What the command prints for one instance's snapshot. */
export function cliOutput(snapshot: Snapshot, options: CliOptions): string {
  const format = formatOf(options);
  // A level or kind the taxonomy lacks would list nothing, as if there were no such item.
  for (const [option, value, ids] of [
    ['--level', options.level, snapshot.taxonomy.levels.map((level) => level.id)],
    ['--kind', options.kind, snapshot.taxonomy.kinds.map((kind) => kind.id)],
  ] as const) {
    if (value !== undefined && !ids.includes(value)) {
      throw usageError(`${option} "${value}": no such ${option.slice(2)}; expected one of ${ids.join(', ')} (${didYouMean(value, ids)})`);
    }
  }
  if (options.changes === undefined) {
    return listing(snapshot, options, format);
  }
  const releases = selectReleases(snapshot.releases, options.changes, usageError);
  const labels = labelsOf(snapshot.taxonomy);
  return format === 'json' ? JSON.stringify(releases, null, 2) : format === 'markdown' ? releasesMarkdown(releases, labels) : releasesTable(releases, labels);
}

/** `1 problem`, `2 problems`. */
function count(number: number, noun: string): string {
  return `${number} ${noun}${number === 1 ? '' : 's'}`;
}

/** What `--check` says on stderr (every problem and overdue item of every instance, once each, then a summary) and whether it passes. */
export function checkReport({problems: early, snapshots}: CliCapture): {lines: string[]; passed: boolean} {
  // Once each: instances sharing a registry or pages report the same line.
  const problems = [...new Set([...early, ...[...snapshots.values()].flatMap((snapshot) => snapshot.problems)])];
  const stale = [...new Set([...snapshots.values()].flatMap((snapshot) => snapshot.stale))];
  const items = [...snapshots.values()].reduce((sum, snapshot) => sum + snapshot.entries.length, 0);
  const passed = problems.length + stale.length === 0;
  const summary = passed
    ? `classification check passed: ${items} items, no problem, nothing overdue`
    : `classification check failed: ${count(problems.length, 'problem')}, ${count(stale.length, 'overdue item')}`;
  return {lines: [...problems, ...stale, summary], passed};
}

/** The snapshot the command lists: `--plugin-id`, else the only instance, else the default one. */
export function chosenSnapshot({snapshots}: CliCapture, siteDir: string, pluginId: string | undefined): Snapshot {
  const id = pluginId ?? (snapshots.size === 1 ? [...snapshots.keys()][0]! : DEFAULT_PLUGIN_ID);
  const snapshot = snapshots.get(id);
  if (!snapshot) {
    throw new Error(
      snapshots.size === 0
        ? `No ${PLUGIN_NAME} index was built for ${siteDir}: is the plugin in its config?`
        : `No ${PLUGIN_NAME} instance "${id}" in ${siteDir}; --plugin-id takes one of ${[...snapshots.keys()].join(', ')}`,
    );
  }
  return snapshot;
}

export async function runCli(siteDirArgument: string | undefined, options: CliOptions): Promise<void> {
  const siteDir = path.resolve(siteDirArgument ?? '.');
  formatOf(options); // before the site loads
  const captured = await loadSnapshots(siteDir);
  process.stdout.write(`${cliOutput(chosenSnapshot(captured, siteDir, options.pluginId), options)}\n`);
  if (options.check) {
    const {lines, passed} = checkReport(captured);
    process.stderr.write(`${lines.join('\n')}\n`);
    if (!passed) {
      process.exitCode = 1;
    }
  }
}

/** Reports problems with their severity, or under this command hands them over for the end. */
export function reportOrCapture(lines: readonly string[], severity: Severity): void {
  if (capture) {
    capture.problems.push(...lines);
  } else {
    reportProblems([...lines], severity);
  }
}
