/**
 * One item of the registry, checked against the schema and the taxonomy:
 * its keys (model/schema.ts names them), kind, level or levels per scope,
 * history, and the values pages also write.
 */
import {isMap, isSeq, type Node as YamlNode, type YAMLMap} from 'yaml';
import {retirementProblems} from '../../model/checks';
import {isBlank, textFault} from '../../model/text';
import * as say from '../../model/messages';
import {registryKeys} from '../../model/schema';
import {findKind, findLevel, type Kind, type Taxonomy} from '../../model/taxonomy';
import {compareSince, isDate, isSince} from '../../model/versions';
import {itemSubject, type YamlFile} from './yaml';
import type {HistoryEntry, RegistryCell, RegistryItem} from '../../model/item';
import type {Place} from '../../model/problems';

const HISTORY_KEYS = ['level', 'since'];

/** Reads the items of one registry file: each checked, its problems reported to the file. */
export class ItemReader {
  private readonly levelNames: string[];
  private readonly kindNames: string[];
  private readonly keys = registryKeys();

  constructor(
    private readonly yaml: YamlFile,
    private readonly taxonomy: Taxonomy,
  ) {
    this.levelNames = taxonomy.levels.map((level) => level.id);
    this.kindNames = taxonomy.kinds.map((kind) => kind.id);
  }

  item(id: string, map: YAMLMap, place: Place): RegistryItem | undefined {
    const {yaml} = this;
    let valid = yaml.checkKeys(map, this.keys, id);
    const title = yaml.text(map, 'title', id);
    if (title === undefined || isBlank(title)) {
      valid = false;
      yaml.report(say.noTitle(id), place);
    } else if (textFault(title)) {
      valid = false;
      yaml.report(say.titleNotOneLine(id, textFault(title)!), yaml.at(yaml.field(map, 'title').node) ?? place);
    }
    const kind = this.kind(id, map, place);
    if (!kind) {
      return undefined;
    }
    const history = this.history(id, map);
    valid = history !== false && valid;
    const last = history ? history.at(-1) : undefined;
    const writtenLevel = yaml.text(map, 'level', id);
    // Without "level:", the history's last entry is the current level.
    const level = writtenLevel ?? last?.level;
    if (writtenLevel !== undefined && last && last.level !== writtenLevel) {
      valid = false;
      yaml.report(say.historyContradictsLevel(id, writtenLevel, last.level), yaml.at(yaml.field(map, 'level').node));
    }
    let levels: RegistryCell[] | undefined;
    if (kind.requires.length > 0) {
      levels = this.cells(id, kind, map, place);
      valid = levels !== undefined && valid;
    } else if (history === false && writtenLevel === undefined) {
      valid = false; // the history's problem is reported: no second one for the level it would give
    } else {
      valid = this.checkLevel(level, yaml.field(map, 'level').node ?? (map as YamlNode), id) && valid;
    }
    const values = this.values(id, map, level, last);
    if (!values || !valid || !title) {
      return undefined;
    }
    const page = yaml.text(map, 'page', id);
    const description = yaml.text(map, 'description', id);
    const replacementPlace = values.replacement === undefined ? undefined : yaml.at(yaml.field(map, 'replacement').node);
    return {
      id,
      title: title.trim(),
      kind: kind.id,
      ...(levels ? {levels} : {level}),
      ...values,
      ...(history ? {history} : {}),
      ...(page ? {page} : {}),
      ...(replacementPlace ? {replacementPlace} : {}),
      ...(description ? {description} : {}),
      file: yaml.file,
      place,
    };
  }

  private kind(id: string, map: YAMLMap, place: Place): Kind | undefined {
    const {yaml} = this;
    const kindName = yaml.text(map, 'kind', id);
    const kind = kindName === undefined ? undefined : findKind(this.taxonomy, kindName);
    if (!kind) {
      const subject = itemSubject(id);
      yaml.report(
        kindName === undefined ? say.missingValue('kind', this.kindNames, subject) : say.unknownValue('kind', kindName, this.kindNames, subject),
        kindName === undefined ? place : yaml.at(yaml.field(map, 'kind').node),
      );
    }
    return kind;
  }

  /** `since` (else the history's last), `removal`, `replacement` and `review`, checked; undefined when one is wrong. */
  private values(id: string, map: YAMLMap, level: string | undefined, last: HistoryEntry | undefined): Partial<RegistryItem> | undefined {
    const {yaml} = this;
    const subject = itemSubject(id);
    const since = yaml.text(map, 'since', id) ?? last?.since;
    const removal = yaml.text(map, 'removal', id);
    const replacement = yaml.text(map, 'replacement', id);
    let valid = this.checkRetirement(id, level, {since, removal, replacement}, map);
    if (since !== undefined && !isSince(since)) {
      valid = false;
      yaml.report(say.invalidSince(since, subject), yaml.at(yaml.field(map, 'since').node));
    }
    const review = yaml.text(map, 'review', id);
    if (review !== undefined && !isDate(review)) {
      valid = false;
      yaml.report(say.invalidReview(review, subject), yaml.at(yaml.field(map, 'review').node));
    }
    const values = {since, removal, replacement, review};
    return valid ? Object.fromEntries(Object.entries(values).filter(([, value]) => value)) : undefined;
  }

  private checkLevel(value: string | undefined, node: YamlNode | undefined, owner: string): boolean {
    if (value !== undefined && findLevel(this.taxonomy, value)) {
      return true;
    }
    const subject = itemSubject(owner);
    const {levelNames} = this;
    this.yaml.report(value === undefined ? say.missingValue('level', levelNames, subject) : say.unknownValue('level', value, levelNames, subject), this.yaml.at(node));
    return false;
  }

  /** `removal`/`replacement` on a retired level only; `removal` a version or date. */
  private checkRetirement(id: string, levelId: string | undefined, details: {since?: string; removal?: string; replacement?: string}, map: YAMLMap): boolean {
    const level = levelId === undefined ? undefined : findLevel(this.taxonomy, levelId);
    const problems = retirementProblems(this.taxonomy, level, details, itemSubject(id));
    for (const {key, message} of problems) {
      this.yaml.report(message, this.yaml.at(this.yaml.field(map, key).node));
    }
    return problems.length === 0;
  }

  /** `history:` oldest first, in lifecycle order: undefined without one, false when it is wrong. */
  private history(id: string, map: YAMLMap): HistoryEntry[] | undefined | false {
    const {yaml} = this;
    const field = yaml.field(map, 'history');
    if (field.node === undefined) {
      return undefined;
    }
    if (!isSeq(field.node) || field.node.items.length === 0) {
      yaml.report(say.historyNotAList(id), yaml.at(field.node));
      return false;
    }
    const entries: HistoryEntry[] = [];
    let valid = true;
    for (const node of field.node.items) {
      const entry = yaml.resolve(node as YamlNode);
      if (!isMap(entry)) {
        valid = false;
        yaml.report(say.historyEntryNotAMapping(id), yaml.at(node as YamlNode));
        continue;
      }
      valid = yaml.checkKeys(entry, HISTORY_KEYS, id) && valid;
      const level = yaml.text(entry, 'level', id);
      const since = yaml.text(entry, 'since', id);
      valid = this.checkLevel(level, yaml.field(entry, 'level').node ?? (entry as YamlNode), id) && valid;
      if (since !== undefined && !isSince(since)) {
        valid = false;
        yaml.report(say.invalidSince(since, itemSubject(id)), yaml.at(yaml.field(entry, 'since').node));
      }
      const current = {level: level ?? '', ...(since ? {since} : {})};
      valid = valid && this.inOrder(id, entries.at(-1), current, node as YamlNode);
      entries.push(current);
    }
    return valid ? entries : false;
  }

  /** A history step after the one before it: a later level, a later version or date. */
  private inOrder(id: string, previous: HistoryEntry | undefined, current: HistoryEntry, node: YamlNode): boolean {
    if (!previous) {
      return true;
    }
    const order = (levelId: string) => this.taxonomy.levels.findIndex((candidate) => candidate.id === levelId);
    const both = previous.since !== undefined && current.since !== undefined;
    const versions = both ? compareSince(previous.since!, current.since!) : undefined;
    const wrong = order(current.level) <= order(previous.level) ? 'level' : both && versions === undefined ? 'mixed' : versions !== undefined && versions >= 0 ? 'since' : undefined;
    if (wrong) {
      this.yaml.report(say.historyOutOfOrder(id, previous, current, wrong), this.yaml.at(node));
    }
    return wrong === undefined;
  }

  /** The levels of a kind classified per scope (model classes): undefined when any is wrong. */
  private cells(id: string, kind: Kind, map: YAMLMap, place: Place): RegistryCell[] | undefined {
    const {yaml} = this;
    const levelsField = yaml.field(map, 'levels');
    if (!isSeq(levelsField.node)) {
      yaml.report(say.needsCells(id, kind), yaml.at(levelsField.node) ?? place);
      return undefined;
    }
    const keys = [...kind.requires, 'level'];
    let valid = true;
    const levels: RegistryCell[] = [];
    for (const entry of levelsField.node.items) {
      const cell = yaml.resolve(entry as YamlNode);
      if (!isMap(cell)) {
        valid = false;
        yaml.report(say.cellNotAMapping(id, keys), yaml.at(entry as YamlNode));
        continue;
      }
      valid = yaml.checkKeys(cell, keys, id) && valid;
      const cellLevel = yaml.text(cell, 'level', id);
      valid = this.checkLevel(cellLevel, yaml.field(cell, 'level').node ?? (cell as YamlNode), id) && valid;
      const scope = Object.fromEntries(kind.requires.map((key) => [key, yaml.text(cell, key, id) ?? '']));
      const missing = kind.requires.filter((key) => !scope[key]);
      if (missing.length > 0) {
        valid = false;
        yaml.report(say.missingScope(kind, missing, say.yamlSubject(`a level of "${id}"`)), yaml.at(cell as YamlNode));
      }
      levels.push({scope, level: cellLevel ?? ''});
    }
    return valid ? levels : undefined;
  }
}
