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
import {displayPath, formatProblem} from '../../model/problems';
import {hashText, readSettled} from '../cache';
import {registryHash} from './current';
import {ItemReader} from './item';
import {written, YamlFile} from './yaml';
import {isRegistryId, type LoadedRegistry, type RegistryItem} from '../../model/item';
import type {Point} from '../../model/problems';
import type {Taxonomy} from '../../model/taxonomy';



/**
 * The registry's files (the `registry` option), each read once written
 * (readSettled), with a hash of their text (the reader's cache depends on it).
 */
export async function readRegistry(files: readonly string[], taxonomy: Taxonomy): Promise<LoadedRegistry & {hash: string}> {
  const sources = await Promise.all(
    files.map((file) =>
      readSettled(file).catch(() => {
        // A mistake in the site, not a crash: the message says what to do; frames would only bury it.
        const error = new Error(`${PLUGIN_NAME}: the registry file ${file} does not exist; create it or fix the registry option`);
        error.stack = error.message;
        throw error;
      }),
    ),
  );
  return {...loadRegistries(files, taxonomy, sources), hash: registryHash(files, sources.map((source) => hashText(source)))};
}

/**
 * The items of several registry files, as one registry: each file checked
 * (loadRegistry), and an id that two files define reported at the second.
 * A file that cannot be read as one gives no items (its problems say why);
 * none that can, no registry.
 */
export function loadRegistries(files: readonly string[], taxonomy: Taxonomy, sources = files.map((file) => fs.readFileSync(file, 'utf8'))): LoadedRegistry {
  const items = new Map<string, RegistryItem>();
  const problems: string[] = [];
  let any = false;
  files.forEach((file, index) => {
    const loaded = loadRegistry(file, taxonomy, sources[index]);
    problems.push(...loaded.problems);
    any ||= loaded.registry !== undefined;
    for (const item of loaded.registry?.items.values() ?? []) {
      const first = items.get(item.id);
      if (first) {
        problems.push(formatProblem({...say.definedTwice(item.id, `${displayPath(first.file)}:${first.place.line}:${first.place.column}`), place: item.place}, file));
      } else {
        items.set(item.id, item);
      }
    }
  });
  return {...(any ? {registry: {files, items}} : {}), problems};
}

/** Reads and checks the registry; every schema problem names its line and column. */
export function loadRegistry(file: string, taxonomy: Taxonomy, source = fs.readFileSync(file, 'utf8')): LoadedRegistry {
  const yaml = new YamlFile(file, source);
  if (yaml.problems.length > 0) {
    return {problems: yaml.formatted()};
  }
  const root = yaml.root();
  if (root === null) {
    return {registry: {files: [file], items: new Map()}, problems: []};
  }
  if (root === undefined) {
    return {problems: yaml.formatted()};
  }
  const reader = new ItemReader(yaml, taxonomy);
  const items = new Map<string, RegistryItem>();
  const seen = new Map<string, Point>();
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? written(pair.key, pair.key.value) : '';
    const keyPlace = yaml.at(pair.key as YamlNode) ?? {line: 1, column: 1};
    const first = seen.get(key);
    if (first) {
      yaml.report(say.duplicateKey(key, 'the registry', first.line), keyPlace);
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
  return {registry: {files: [file], items}, problems: yaml.formatted()};
}
