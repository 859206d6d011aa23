/**
 * One YAML (or JSON) document as the registry reads it: its problems so far,
 * where each node is, fields as the author wrote them, and its keys checked.
 */
import {Document, isAlias, isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap} from 'yaml';
import {jsonNodes} from './json';
import * as say from '../../model/messages';
import {formatProblem, type Place, type Problem} from '../../model/problems';

/** A registry item in messages: `"nxd"`, its keys written as YAML. */
export function itemSubject(id: string): say.Subject {
  return say.yamlSubject(`"${id}"`);
}

/**
 * A scalar as the author wrote it: versions and ids are text, so `2.10`
 * stays "2.10" (not the number 2.1) and a key `010` stays "010" (not 10).
 */
export function written(node: YamlNode | undefined, value: unknown): string {
  return typeof value === 'number' && isScalar(node) && typeof node.source === 'string' ? node.source : String(value);
}

export class YamlFile {
  readonly problems: Problem[] = [];
  readonly document: Document;
  private readonly lineCounter = new LineCounter();

  constructor(
    readonly file: string,
    source: string,
  ) {
    // JSON without the YAML parser (read/registry/json.ts), when it is JSON that reader takes.
    const json = file.endsWith('.json') ? jsonNodes(source) : undefined;
    if (json !== undefined) {
      this.document = new Document();
      this.document.contents = json;
      this.lineCounter.addNewLine(0);
      for (const match of source.matchAll(/\r\n?|\n/g)) {
        this.lineCounter.addNewLine(match.index + match[0].length);
      }
      return;
    }
    // Duplicate keys are found by the reader, in one pass: the library's own check compares every
    // key with every other (60,000 items took 39 s).
    this.document = parseDocument(source, {lineCounter: this.lineCounter, prettyErrors: false, uniqueKeys: false});
    for (const error of this.document.errors) {
      const {line, col} = this.lineCounter.linePos(error.pos[0]);
      const format = file.endsWith('.json') ? 'JSON' : 'YAML';
      // The library's own words would send the author to its API.
      const message = error.code === 'MULTIPLE_DOCS' ? say.severalDocuments() : say.registrySyntax(format, error.message.split('\n')[0]!);
      this.report(message, {line, column: col});
    }
  }

  /** An alias (`*common`) is read as the node it names; its place stays the alias's. */
  resolve(node: YamlNode | null | undefined): YamlNode | undefined {
    if (isAlias(node)) {
      return (node.resolve(this.document) as YamlNode | undefined) ?? undefined;
    }
    return node ?? undefined;
  }

  report(message: say.Message, place: Place | undefined): void {
    this.problems.push({...message, place});
  }

  formatted(): string[] {
    return this.problems.map((problem) => formatProblem(problem, this.file));
  }

  at(node: YamlNode | null | undefined): Place | undefined {
    const offset = node?.range?.[0];
    if (offset === undefined) {
      return undefined;
    }
    const {line, col} = this.lineCounter.linePos(offset);
    return {line, column: col};
  }

  field(map: YAMLMap, name: string): {value: unknown; node: YamlNode | undefined} {
    const found = map.items.find((entry) => isScalar(entry.key) && entry.key.value === name);
    const node = this.resolve(found?.value as YamlNode | undefined);
    return {value: isScalar(node) ? node.value : node === undefined ? undefined : node, node};
  }

  /** A field's text as written; undefined when absent, or not text (reported). */
  text(map: YAMLMap, name: string, owner: string): string | undefined {
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

  /** Every key of `map` once, and one of `allowed`; each other is reported. */
  checkKeys(map: YAMLMap, allowed: readonly string[], owner: string): boolean {
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
      seen.set(name, place && 'line' in place ? place.line : 0);
      if (!allowed.includes(name)) {
        valid = false;
        this.report(say.unknownName('key', name, allowed, itemSubject(owner)), place);
      }
    }
    return valid;
  }

  /** The document's root mapping, or undefined (empty: `null`; else not a mapping, reported). */
  root(): YAMLMap | null | undefined {
    const root = this.document.contents;
    if (root === null || root === undefined) {
      return null;
    }
    if (!isMap(root)) {
      this.report(say.registryNotAMapping(), this.at(root));
      return undefined;
    }
    return root;
  }
}
