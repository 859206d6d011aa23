/**
 * The optional registry (`classification.yml`): every item defined once, by
 * id. Pages mention items by `ref`, so changing one line here changes every
 * page, badge, sidebar entry and the index.
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
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap} from 'yaml';
import {didYouMean, formatProblem, type Point, type Problem} from './problems';
import {findKind, findLevel, SINCE_PATTERN, type Taxonomy} from './taxonomy';

/** One framework × workload cell of a model class. */
export interface RegistryCell {
  framework?: string;
  workload?: string;
  level: string;
}

export interface RegistryItem {
  id: string;
  title: string;
  kind: string;
  /** The level; absent for kinds classified per cell (`levels`). */
  level?: string;
  levels?: RegistryCell[];
  since?: string;
  /** ISO date by which a preview item should be reviewed. */
  review?: string;
  /** Doc id of the item's page. */
  page?: string;
  description?: string;
  /** Where the item is defined, for messages. */
  place: Point;
}

export interface Registry {
  file: string;
  items: Map<string, RegistryItem>;
}

const ITEM_KEYS = ['title', 'kind', 'level', 'levels', 'since', 'review', 'page', 'description'];
const CELL_KEYS = ['framework', 'workload', 'level'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface LoadedRegistry {
  registry?: Registry;
  /** Formatted `file:line:column: …` lines. */
  problems: string[];
}

/** Reads and checks the registry; every schema problem names its line and column. */
export function loadRegistry(file: string, taxonomy: Taxonomy): LoadedRegistry {
  const source = fs.readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {lineCounter, prettyErrors: false});
  const problems: Problem[] = [];
  const at = (node: YamlNode | null | undefined): Point | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) {
      return undefined;
    }
    const {line, col} = lineCounter.linePos(offset);
    return {line, column: col};
  };
  for (const error of document.errors) {
    const {line, col} = lineCounter.linePos(error.pos[0]);
    problems.push({
      message: `${file.endsWith('.json') ? 'JSON' : 'YAML'} syntax error: ${error.message.split('\n')[0]}`,
      expected: 'a mapping of item ids to items',
      suggestion: 'fix the syntax at this place',
      place: {line, column: col},
    });
  }
  const format = (list: Problem[]) => list.map((problem) => formatProblem(problem, file));
  if (problems.length > 0) {
    return {problems: format(problems)};
  }
  const root = document.contents;
  if (root === null || root === undefined) {
    return {registry: {file, items: new Map()}, problems: []};
  }
  if (!isMap(root)) {
    problems.push({
      message: 'the registry is not a mapping',
      expected: 'item ids as keys, e.g. "nxd:" followed by the item\'s title, kind and level',
      suggestion: 'write "my-item:" then indented "title:", "kind:" and "level:"',
      place: at(root),
    });
    return {problems: format(problems)};
  }
  const levelNames = taxonomy.levels.map((level) => level.id);
  const kindNames = taxonomy.kinds.map((kind) => kind.id);
  const items = new Map<string, RegistryItem>();

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyPlace = at(pair.key as YamlNode) ?? {line: 1, column: 1};
    if (!ID.test(key)) {
      problems.push({
        message: `item id "${key}" is not a valid id`,
        expected: 'letters, digits, "-" and "_", starting with a letter or digit',
        suggestion: `write ${key.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+/, '') || 'my-item'}:`,
        place: keyPlace,
      });
      continue;
    }
    if (!isMap(pair.value)) {
      problems.push({
        message: `item "${key}" is not a mapping`,
        expected: 'title, kind and level under the id',
        suggestion: `indent "title:", "kind:" and "level:" under "${key}:"`,
        place: at(pair.value as YamlNode) ?? keyPlace,
      });
      continue;
    }
    const item = readItem(key, pair.value, keyPlace);
    if (item) {
      items.set(key, item);
    }
  }
  return {registry: {file, items}, problems: format(problems)};

  function field(map: YAMLMap, name: string): {value: unknown; node: YamlNode | undefined} {
    const found = map.items.find((entry) => isScalar(entry.key) && entry.key.value === name);
    const node = found?.value as YamlNode | undefined;
    return {value: isScalar(node) ? node.value : node === undefined ? undefined : node, node};
  }

  function text(map: YAMLMap, name: string, owner: string): string | undefined {
    const {value, node} = field(map, name);
    if (value === undefined || value === null) {
      return undefined;
    }
    if (typeof value === 'string' || typeof value === 'number') {
      return String(value);
    }
    problems.push({
      message: `${name} of "${owner}" must be text`,
      expected: `${name}: "…"`,
      suggestion: `write ${name}: "…" on one line`,
      place: at(node),
    });
    return undefined;
  }

  function checkKeys(map: YAMLMap, allowed: string[], owner: string): boolean {
    let valid = true;
    for (const entry of map.items) {
      const name = isScalar(entry.key) ? String(entry.key.value) : '';
      if (!allowed.includes(name)) {
        valid = false;
        problems.push({
          message: `unknown key "${name}" in "${owner}"`,
          expected: `only ${allowed.join(', ')}`,
          suggestion: didYouMean(name, allowed),
          place: at(entry.key as YamlNode),
        });
      }
    }
    return valid;
  }

  function checkLevel(value: string | undefined, node: YamlNode | undefined, owner: string): boolean {
    if (value !== undefined && findLevel(taxonomy, value)) {
      return true;
    }
    problems.push({
      message: value === undefined ? `"${owner}" has no level` : `unknown level "${value}" in "${owner}"`,
      expected: `level: one of ${levelNames.join(', ')}`,
      suggestion: value === undefined ? `add "level: ${levelNames[0]}"` : didYouMean(value, levelNames),
      place: at(node),
    });
    return false;
  }

  function readItem(id: string, map: YAMLMap, place: Point): RegistryItem | undefined {
    let valid = checkKeys(map, ITEM_KEYS, id);
    const title = text(map, 'title', id);
    const kindName = text(map, 'kind', id);
    const kind = kindName === undefined ? undefined : findKind(taxonomy, kindName);
    if (!title?.trim()) {
      valid = false;
      problems.push({message: `"${id}" has no title`, expected: 'title: the item\'s name', suggestion: `add "title: …" under "${id}:"`, place});
    }
    if (!kind) {
      valid = false;
      problems.push({
        message: kindName === undefined ? `"${id}" has no kind` : `unknown kind "${kindName}" in "${id}"`,
        expected: `kind: one of ${kindNames.join(', ')}`,
        suggestion: kindName === undefined ? `add "kind: ${kindNames[0]}"` : didYouMean(kindName, kindNames),
        place: kindName === undefined ? place : at(field(map, 'kind').node),
      });
      return undefined;
    }
    const level = text(map, 'level', id);
    const levelsField = field(map, 'levels');
    let levels: RegistryCell[] | undefined;
    if (kind.requires.length > 0) {
      if (!isSeq(levelsField.node)) {
        valid = false;
        problems.push({
          message: `"${id}" (${kind.label.toLowerCase()}) needs levels per ${kind.requires.join(' and ')}`,
          expected: `levels: a list of {${kind.requires.join(', ')}, level}`,
          suggestion: `write "levels:" then "- {${kind.requires.map((key) => `${key}: …`).join(', ')}, level: beta}"`,
          place: at(levelsField.node) ?? place,
        });
      } else {
        levels = [];
        for (const cell of levelsField.node.items) {
          if (!isMap(cell)) {
            valid = false;
            problems.push({message: `a level of "${id}" is not a mapping`, expected: `{${CELL_KEYS.join(', ')}}`, suggestion: 'write "- {framework: …, workload: …, level: beta}"', place: at(cell as YamlNode)});
            continue;
          }
          valid = checkKeys(cell, CELL_KEYS, id) && valid;
          const cellLevel = text(cell, 'level', id);
          valid = checkLevel(cellLevel, field(cell, 'level').node ?? (cell as YamlNode), id) && valid;
          const scope = Object.fromEntries(kind.requires.map((key) => [key, text(cell, key, id)]));
          for (const key of kind.requires) {
            if (!scope[key]) {
              valid = false;
              problems.push({message: `a level of "${id}" has no ${key}`, expected: `${key}: … on every level of a ${kind.label.toLowerCase()}`, suggestion: `add "${key}: …"`, place: at(cell as YamlNode)});
            }
          }
          levels.push({...scope, level: cellLevel ?? ''} as RegistryCell);
        }
      }
    } else {
      valid = checkLevel(level, field(map, 'level').node ?? (map as YamlNode), id) && valid;
    }
    const since = text(map, 'since', id);
    if (since !== undefined && !SINCE_PATTERN.test(since)) {
      valid = false;
      problems.push({message: `since "${since}" of "${id}" is neither a version nor a date`, expected: 'a version such as 2.18 or an ISO date such as 2024-05-01', suggestion: 'write since: "2.18"', place: at(field(map, 'since').node)});
    }
    const review = text(map, 'review', id);
    if (review !== undefined && !DATE.test(review)) {
      valid = false;
      problems.push({message: `review "${review}" of "${id}" is not a date`, expected: 'an ISO date such as 2026-06-01', suggestion: 'write review: 2026-06-01', place: at(field(map, 'review').node)});
    }
    if (!valid || !title) {
      return undefined;
    }
    return {
      id,
      title: title.trim(),
      kind: kind.id,
      ...(levels ? {levels} : {level}),
      ...(since ? {since} : {}),
      ...(review ? {review} : {}),
      ...(text(map, 'page', id) ? {page: text(map, 'page', id)} : {}),
      ...(text(map, 'description', id) ? {description: text(map, 'description', id)} : {}),
      place,
    };
  }
}

/** The level of a registry item, or of the cell a mention picks. */
export function registryLevel(
  item: RegistryItem,
  scope: {framework?: string; workload?: string},
): string | undefined {
  if (item.level) {
    return item.level;
  }
  return item.levels?.find((cell) => cell.framework === scope.framework && cell.workload === scope.workload)?.level;
}
