/**
 * The optional registry (`classification.yml`, or JSON): every item defined
 * once, by id. Pages mention items by `ref`, so changing one line here
 * changes every page, badge, sidebar entry and the index.
 *
 * ```yaml
 * nxd:
 *   title: NeuronX Distributed
 *   kind: package
 *   level: beta
 *   since: '2.15'
 *   review: 2026-06-01
 *   page: packages/neuronx-distributed
 *   description: Distributed training and inference library.
 * llama-2-7b:
 *   title: Llama 2 7B
 *   kind: model
 *   levels:
 *     - {framework: PyTorch NeuronX, workload: training, level: beta}
 *     - {framework: PyTorch NeuronX, workload: inference, level: stable}
 * ```
 */
import fs from 'node:fs';
import {isMap, isScalar, type Node as YamlNode} from 'yaml';
import * as say from '../../model/messages';
import {PLUGIN_NAME} from '../../model/names';
import {formatProblem, placeText} from '../../model/problems';
import {hashText, readSettled} from '../cache';
import {registryHash} from './current';
import {ItemReader} from './item';
import {written, YamlFile} from './yaml';
import {isRegistryId, type LoadedRegistry, type RegistryItem} from '../../model/item';
import {sameSeries, sourceOf, type RegistryInput, type RegistrySource, type SourceType} from '../../model/sources';
import {releaseItems, type ReleaseSource} from './releases';
import {runModule, sourceItems, SourceDocument} from './sources';
import type {Place} from '../../model/problems';
import type {Taxonomy} from '../../model/taxonomy';



/**
 * The registry's files (the `registry` option), each read once written
 * (readSettled), with a hash of their text (the reader's cache depends on it).
 */
export async function readRegistry(inputs: readonly RegistryInput[], taxonomy: Taxonomy): Promise<LoadedRegistry & {hash: string}> {
  const sources = inputs.map(sourceOf);
  const texts = await Promise.all(
    sources.map((source) =>
      readSettled(source.path).catch(() => {
        // A mistake in the site, not a crash: the message says what to do; frames would only bury it.
        const what = source.type === 'file' ? 'registry file' : `registry source (${source.type})`;
        const error = new Error(`${PLUGIN_NAME}: the ${what} ${source.path} does not exist; create it or fix the registry option`);
        error.stack = error.message;
        throw error;
      }),
    ),
  );
  // A module runs here, where the read can wait for it; the other reads take what it gave.
  await Promise.all(sources.map((source, index) => (source.type === 'module' ? runModule(source, texts[index]!, taxonomy) : undefined)));
  return {...loadRegistries(sources, taxonomy, texts), hash: registryHash(sources, texts.map((text) => hashText(text)))};
}

/**
 * The items of several registry files, as one registry: each file checked
 * (loadRegistry), and an id that two files define reported at the second.
 * A file that cannot be read as one gives no items (its problems say why);
 * none that can, no registry.
 */
export function loadRegistries(inputs: readonly RegistryInput[], taxonomy: Taxonomy, texts?: readonly string[]): LoadedRegistry {
  const sources = inputs.map(sourceOf);
  const textOf = (index: number) => texts?.[index] ?? fs.readFileSync(sources[index]!.path, 'utf8');
  const items = new Map<string, RegistryItem>();
  const problems: string[] = [];
  let any = false;
  const loads = sources.flatMap((source, index): {file: string; loaded: LoadedRegistry}[] => {
    if (source.release === undefined) {
      const text = textOf(index);
      return [{file: source.path, loaded: source.type === 'file' ? loadRegistry(source.path, taxonomy, text) : loadSource(source as RegistrySource & {type: SourceType}, taxonomy, text)}];
    }
    // The releases of one series (one type of source, one folder of pages) are read together, where the first of them is listed.
    const group = sources.flatMap((other, at) => (sameSeries(source, other) ? [at] : []));
    return group[0] === index ? loadReleases(group.map((at) => sources[at]!) as ReleaseSource[], group.map(textOf), taxonomy) : [];
  });
  for (const {file, loaded} of loads) {
    problems.push(...loaded.problems);
    any ||= loaded.registry !== undefined;
    for (const item of loaded.registry?.items.values() ?? []) {
      const first = items.get(item.id);
      if (first) {
        problems.push(formatProblem({...say.definedTwice(item.id, placeText(first.file, first.place)), place: item.place}, file));
      } else {
        items.set(item.id, item);
      }
    }
  }
  return {...(any ? {registry: {sources, items}} : {}), problems};
}

/** Sources of several releases as one, each item with its history (read/registry/releases.ts): each file of the newest release, loaded, the first with the older files' problems. */
function loadReleases(sources: readonly ReleaseSource[], texts: readonly string[], taxonomy: Taxonomy): {file: string; loaded: LoadedRegistry}[] {
  const {newest, older} = releaseItems(sources, texts, taxonomy);
  const olderProblems = older.flatMap(({source, items}) => new SourceDocument(source.path, {entries: [], problems: items.problems}).formatted());
  return newest.map(({source, items}, position) => {
    const loaded = readItems(new SourceDocument(source.path, items), taxonomy, sources);
    return {file: source.path, loaded: position === 0 ? {...loaded, problems: [...olderProblems, ...loaded.problems]} : loaded};
  });
}

/** A source's items (TypeDoc's JSON, an OpenAPI document…), checked as a file's are; a source that gave none for its problems, no registry. */
function loadSource(source: RegistrySource & {type: SourceType}, taxonomy: Taxonomy, text: string): LoadedRegistry {
  const given = sourceItems(source, text, taxonomy);
  const loaded = readItems(new SourceDocument(source.path, given), taxonomy, [source]);
  return given.entries.length === 0 && given.problems.length > 0 ? {problems: loaded.problems} : loaded;
}

/** Reads and checks the registry; every schema problem names its line and column. */
export function loadRegistry(file: string, taxonomy: Taxonomy, source = fs.readFileSync(file, 'utf8')): LoadedRegistry {
  const yaml = new YamlFile(file, source);
  if (yaml.problems.length > 0) {
    return {problems: yaml.formatted()};
  }
  return readItems(yaml, taxonomy, [sourceOf(file)]);
}

/** The items of a registry document (a file's, or a source's as one), each checked; a document whose root is no mapping, no registry. */
function readItems(yaml: YamlFile, taxonomy: Taxonomy, sources: readonly RegistrySource[]): LoadedRegistry {
  const root = yaml.root();
  if (root === null) {
    return {registry: {sources, items: new Map()}, problems: yaml.formatted()};
  }
  if (root === undefined) {
    return {problems: yaml.formatted()};
  }
  const reader = new ItemReader(yaml, taxonomy);
  const items = new Map<string, RegistryItem>();
  const seen = new Map<string, Place>();
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? written(pair.key, pair.key.value) : '';
    const keyPlace = yaml.at(pair.key as YamlNode) ?? {line: 1, column: 1};
    const first = seen.get(key);
    if (first) {
      yaml.report(say.duplicateKey(key, 'the registry', 'line' in first ? first.line : `#${first.pointer}`), keyPlace);
      continue;
    }
    seen.set(key, keyPlace);
    const value = yaml.resolve(pair.value as YamlNode);
    if (!isRegistryId(key)) {
      yaml.report(say.invalidItemId(key), keyPlace);
    } else if (!isMap(value)) {
      yaml.report(say.itemNotAMapping(key), yaml.at(pair.value as YamlNode) ?? keyPlace);
    } else {
      const item = reader.item(key, value, keyPlace);
      if (item) {
        items.set(key, item);
      }
    }
  }
  return {registry: {sources, items}, problems: yaml.formatted()};
}
