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
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import {isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type YAMLMap} from 'yaml';
import * as say from '../collect/messages';
import {retirementProblems} from '../collect/validate';
import {formatProblem, type Point, type Problem} from '../problems';
import {findKind, findLevel, type Kind, type Taxonomy} from '../taxonomy';
import {compareSince, isDate, isSince, PLUGIN_NAME} from '../vocabulary';

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
  /** A retired item: the version or date it goes away in, and what to use instead. */
  removal?: string;
  replacement?: string;
  /** Its levels so far, oldest first; the last is its current level. */
  history?: HistoryEntry[];
  /** ISO date by which a preview item should be reviewed. */
  review?: string;
  /** Doc id of the item's page. */
  page?: string;
  description?: string;
  /** Where the item is defined, for messages. */
  place: Point;
}

export interface HistoryEntry {
  level: string;
  since?: string;
}

export interface Registry {
  file: string;
  items: Map<string, RegistryItem>;
}

const ITEM_KEYS = ['title', 'kind', 'level', 'levels', 'since', 'removal', 'replacement', 'history', 'review', 'page', 'description'];
const HISTORY_KEYS = ['level', 'since'];
const CELL_KEYS = ['framework', 'workload', 'level'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export interface LoadedRegistry {
  registry?: Registry;
  /** Formatted `file:line:column: …` lines. */
  problems: string[];
}

/** The registry file of the `registry` option, with a hash of its text (the scan's cache depends on it). */
export async function readRegistry(file: string, taxonomy: Taxonomy): Promise<LoadedRegistry & {hash: string}> {
  const source = await fs.promises.readFile(file, 'utf8').catch(() => {
    // A mistake in the site, not a crash: the message says what to do; frames would only bury it.
    const error = new Error(`${PLUGIN_NAME}: the registry file ${file} does not exist; create it or fix the registry option`);
    error.stack = error.message;
    throw error;
  });
  return {...loadRegistry(file, taxonomy, source), hash: createHash('sha1').update(source).digest('hex')};
}

/** Reads and checks the registry; every schema problem names its line and column. */
export function loadRegistry(file: string, taxonomy: Taxonomy, source = fs.readFileSync(file, 'utf8')): LoadedRegistry {
  return new RegistryReader(file, taxonomy, source).read();
}

/** One read of a registry file: the problems found so far, and where each YAML node is. */
class RegistryReader {
  private readonly problems: Problem[] = [];
  private readonly lineCounter = new LineCounter();
  private readonly levelNames: string[];
  private document: Document | undefined;
  private readonly kindNames: string[];

  constructor(
    private readonly file: string,
    private readonly taxonomy: Taxonomy,
    private readonly source: string,
  ) {
    this.levelNames = taxonomy.levels.map((level) => level.id);
    this.kindNames = taxonomy.kinds.map((kind) => kind.id);
  }

  read(): LoadedRegistry {
    // Duplicate keys are found below, in one pass: the library's own check compares every key
    // with every other (60,000 items took 39 s).
    const document = parseDocument(this.source, {lineCounter: this.lineCounter, prettyErrors: false, uniqueKeys: false});
    this.document = document;
    for (const error of document.errors) {
      const {line, col} = this.lineCounter.linePos(error.pos[0]);
      const format = this.file.endsWith('.json') ? 'JSON' : 'YAML';
      // The library's own words would send the author to its API.
      const message = error.code === 'MULTIPLE_DOCS' ? say.severalDocuments() : say.registrySyntax(format, error.message.split('\n')[0]!);
      this.report(message, {line, column: col});
    }
    const root = document.contents;
    if (this.problems.length > 0) {
      return {problems: this.formatted()};
    }
    if (root === null || root === undefined) {
      return {registry: {file: this.file, items: new Map()}, problems: []};
    }
    if (!isMap(root)) {
      this.report(say.registryNotAMapping(), this.at(root));
      return {problems: this.formatted()};
    }
    const items = new Map<string, RegistryItem>();
    const seen = new Map<string, Point>();
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? written(pair.key, pair.key.value) : '';
      const keyPlace = this.at(pair.key as YamlNode) ?? {line: 1, column: 1};
      const first = seen.get(key);
      if (first) {
        this.report(say.duplicateKey(key, 'the registry', first.line), keyPlace);
        continue;
      }
      seen.set(key, keyPlace);
      const value = this.resolve(pair.value as YamlNode);
      if (!ID.test(key)) {
        this.report(say.invalidItemId(key), keyPlace);
      } else if (!isMap(value)) {
        this.report(say.itemNotAMapping(key), this.at(pair.value as YamlNode) ?? keyPlace);
      } else {
        const item = this.item(key, value, keyPlace);
        if (item) {
          items.set(key, item);
        }
      }
    }
    return {registry: {file: this.file, items}, problems: this.formatted()};
  }

  /** An alias (`*common`) is read as the node it names; its place stays the alias's. */
  private resolve(node: YamlNode | null | undefined): YamlNode | undefined {
    if (isAlias(node) && this.document) {
      return (node.resolve(this.document) as YamlNode | undefined) ?? undefined;
    }
    return node ?? undefined;
  }

  private report(message: say.Message, place: Point | undefined): void {
    this.problems.push({...message, place});
  }

  private formatted(): string[] {
    return this.problems.map((problem) => formatProblem(problem, this.file));
  }

  private at(node: YamlNode | null | undefined): Point | undefined {
    const offset = node?.range?.[0];
    if (offset === undefined) {
      return undefined;
    }
    const {line, col} = this.lineCounter.linePos(offset);
    return {line, column: col};
  }

  private field(map: YAMLMap, name: string): {value: unknown; node: YamlNode | undefined} {
    const found = map.items.find((entry) => isScalar(entry.key) && entry.key.value === name);
    const node = this.resolve(found?.value as YamlNode | undefined);
    return {value: isScalar(node) ? node.value : node === undefined ? undefined : node, node};
  }

  private text(map: YAMLMap, name: string, owner: string): string | undefined {
    const {value, node} = this.field(map, name);
    if (value === undefined || value === null) {
      return undefined;
    }
    if (typeof value === 'string' || typeof value === 'number') {
      return written(node, value);
    }
    this.report(say.notText(name, value, itemSubject(owner)), this.at(node));
    return undefined;
  }

  private checkKeys(map: YAMLMap, allowed: string[], owner: string): boolean {
    let valid = true;
    const seen = new Map<string, number>();
    for (const entry of map.items) {
      const name = isScalar(entry.key) ? String(entry.key.value) : '';
      const place = this.at(entry.key as YamlNode);
      const first = seen.get(name);
      if (first !== undefined) {
        valid = false;
        this.report(say.duplicateKey(name, `"${owner}"`, first), place);
        continue;
      }
      seen.set(name, place?.line ?? 0);
      if (!allowed.includes(name)) {
        valid = false;
        this.report(say.unknownName('key', name, allowed, itemSubject(owner)), this.at(entry.key as YamlNode));
      }
    }
    return valid;
  }

  private checkLevel(value: string | undefined, node: YamlNode | undefined, owner: string): boolean {
    if (value !== undefined && findLevel(this.taxonomy, value)) {
      return true;
    }
    const subject = itemSubject(owner);
    const {levelNames} = this;
    this.report(value === undefined ? say.missingValue('level', levelNames, subject) : say.unknownValue('level', value, levelNames, subject), this.at(node));
    return false;
  }

  private item(id: string, map: YAMLMap, place: Point): RegistryItem | undefined {
    let valid = this.checkKeys(map, ITEM_KEYS, id);
    const title = this.text(map, 'title', id);
    const kindName = this.text(map, 'kind', id);
    const kind = kindName === undefined ? undefined : findKind(this.taxonomy, kindName);
    const subject = itemSubject(id);
    if (!title?.trim()) {
      valid = false;
      this.report(say.noTitle(id), place);
    }
    if (!kind) {
      this.report(
        kindName === undefined ? say.missingValue('kind', this.kindNames, subject) : say.unknownValue('kind', kindName, this.kindNames, subject),
        kindName === undefined ? place : this.at(this.field(map, 'kind').node),
      );
      return undefined;
    }
    const history = this.history(id, map);
    valid = history !== false && valid;
    const last = history ? history.at(-1) : undefined;
    const written_ = this.text(map, 'level', id);
    // Without "level:", the history's last entry is the current level.
    const level = written_ ?? last?.level;
    if (written_ !== undefined && last && last.level !== written_) {
      valid = false;
      this.report(say.historyContradictsLevel(id, written_, last.level), this.at(this.field(map, 'level').node));
    }
    let levels: RegistryCell[] | undefined;
    if (kind.requires.length > 0) {
      levels = this.cells(id, kind, map, place);
      valid = levels !== undefined && valid;
    } else if (history === false && written_ === undefined) {
      valid = false; // the history's problem is reported: no second one for the level it would give
    } else {
      valid = this.checkLevel(level, this.field(map, 'level').node ?? (map as YamlNode), id) && valid;
    }
    const since = this.text(map, 'since', id) ?? last?.since;
    const removal = this.text(map, 'removal', id);
    const replacement = this.text(map, 'replacement', id);
    valid = this.checkRetirement(id, level, {removal, replacement}, map) && valid;
    if (since !== undefined && !isSince(since)) {
      valid = false;
      this.report(say.invalidSince(since, subject), this.at(this.field(map, 'since').node));
    }
    const review = this.text(map, 'review', id);
    if (review !== undefined && !isDate(review)) {
      valid = false;
      this.report(say.invalidReview(review, subject), this.at(this.field(map, 'review').node));
    }
    if (!valid || !title) {
      return undefined;
    }
    const page = this.text(map, 'page', id);
    const description = this.text(map, 'description', id);
    return {
      id,
      title: title.trim(),
      kind: kind.id,
      ...(levels ? {levels} : {level}),
      ...(since ? {since} : {}),
      ...(removal ? {removal} : {}),
      ...(replacement ? {replacement} : {}),
      ...(history ? {history} : {}),
      ...(review ? {review} : {}),
      ...(page ? {page} : {}),
      ...(description ? {description} : {}),
      place,
    };
  }

  /** `removal`/`replacement` on a retired level only; `removal` a version or date. */
  private checkRetirement(id: string, levelId: string | undefined, details: {removal?: string; replacement?: string}, map: YAMLMap): boolean {
    const level = levelId === undefined ? undefined : findLevel(this.taxonomy, levelId);
    const problems = retirementProblems(this.taxonomy, level, details, itemSubject(id));
    for (const {key, message} of problems) {
      this.report(message, this.at(this.field(map, key).node));
    }
    return problems.length === 0;
  }

  /** `history:` oldest first, in lifecycle order: undefined without one, false when it is wrong. */
  private history(id: string, map: YAMLMap): HistoryEntry[] | undefined | false {
    const field = this.field(map, 'history');
    if (field.node === undefined) {
      return undefined;
    }
    if (!isSeq(field.node) || field.node.items.length === 0) {
      this.report(say.historyNotAList(id), this.at(field.node));
      return false;
    }
    const entries: HistoryEntry[] = [];
    let valid = true;
    for (const node of field.node.items) {
      const entry = this.resolve(node as YamlNode);
      if (!isMap(entry)) {
        valid = false;
        this.report(say.historyEntryNotAMapping(id), this.at(node as YamlNode));
        continue;
      }
      valid = this.checkKeys(entry, HISTORY_KEYS, id) && valid;
      const level = this.text(entry, 'level', id);
      const since = this.text(entry, 'since', id);
      valid = this.checkLevel(level, this.field(entry, 'level').node ?? (entry as YamlNode), id) && valid;
      if (since !== undefined && !isSince(since)) {
        valid = false;
        this.report(say.invalidSince(since, itemSubject(id)), this.at(this.field(entry, 'since').node));
      }
      const previous = entries.at(-1);
      const current = {level: level ?? '', ...(since ? {since} : {})};
      if (valid && previous) {
        const order = (levelId: string) => this.taxonomy.levels.findIndex((candidate) => candidate.id === levelId);
        const versions = previous.since && since ? compareSince(previous.since, since) : undefined;
        if (order(current.level) <= order(previous.level)) {
          valid = false;
          this.report(say.historyOutOfOrder(id, previous, current, 'level'), this.at(node as YamlNode));
        } else if (versions !== undefined && versions >= 0) {
          valid = false;
          this.report(say.historyOutOfOrder(id, previous, current, 'since'), this.at(node as YamlNode));
        }
      }
      entries.push(current);
    }
    return valid ? entries : false;
  }

  /** The levels of a kind classified per cell (model classes): undefined when any is wrong. */
  private cells(id: string, kind: Kind, map: YAMLMap, place: Point): RegistryCell[] | undefined {
    const levelsField = this.field(map, 'levels');
    if (!isSeq(levelsField.node)) {
      this.report(say.needsCells(id, kind), this.at(levelsField.node) ?? place);
      return undefined;
    }
    let valid = true;
    const levels: RegistryCell[] = [];
    for (const entry of levelsField.node.items) {
      const cell = this.resolve(entry as YamlNode);
      if (!isMap(cell)) {
        valid = false;
        this.report(say.cellNotAMapping(id, CELL_KEYS), this.at(entry as YamlNode));
        continue;
      }
      valid = this.checkKeys(cell, CELL_KEYS, id) && valid;
      const cellLevel = this.text(cell, 'level', id);
      valid = this.checkLevel(cellLevel, this.field(cell, 'level').node ?? (cell as YamlNode), id) && valid;
      const scope = Object.fromEntries(kind.requires.map((key) => [key, this.text(cell, key, id)]));
      const missing = kind.requires.filter((key) => !scope[key]);
      if (missing.length > 0) {
        valid = false;
        this.report(say.missingScope(kind, missing, say.yamlSubject(`a level of "${id}"`)), this.at(cell as YamlNode));
      }
      levels.push({...scope, level: cellLevel ?? ''} as RegistryCell);
    }
    return valid ? levels : undefined;
  }
}

/**
 * A scalar as the author wrote it: versions and ids are text, so `2.10`
 * stays "2.10" (not the number 2.1) and a key `010` stays "010" (not 10).
 */
function written(node: YamlNode | undefined, value: unknown): string {
  return typeof value === 'number' && isScalar(node) && typeof node.source === 'string' ? node.source : String(value);
}

/** A registry item in messages: `"nxd"`, its keys written as YAML. */
function itemSubject(id: string): say.Subject {
  return say.yamlSubject(`"${id}"`);
}
