/**
 * The items a source gives (TypeDoc's JSON, `.api.json`, OpenAPI, a module)
 * as a registry document: the same nodes a registry file is read as, each
 * with the place in the source it came from, so that the items meet the
 * registry's one validation (read/registry/item.ts) and its messages name the
 * source and the place.
 */
import {Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode} from 'yaml';
import {YamlFile} from '../yaml';
import type {Message} from '../../../model/messages';
import type {Place, Problem} from '../../../model/problems';

/** One item as a source gives it: its id as the code names it, its registry keys, and where it is. */
export interface SourceEntry {
  id: string;
  fields: Record<string, unknown>;
  place: Place;
}

/** What a source gave: its items, and what it could not make one of. */
export interface SourceItems {
  entries: SourceEntry[];
  problems: Problem[];
}

/** A problem of a source, at its place. */
export function sourceProblem(message: Message, place: Place | undefined): Problem {
  return {...message, ...(place ? {place} : {})};
}

/** A comment's or summary's first paragraph, on one line: the description a source gives an item. */
export function firstParagraph(text: string): string {
  return text.trim().split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim();
}

/** JSON pointer segment (RFC 6901): `~` and `/` escaped. */
export function pointerSegment(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

export class SourceDocument extends YamlFile {
  private readonly places = new WeakMap<object, Place>();

  constructor(file: string, {entries, problems}: SourceItems) {
    super(file, '');
    const root = new YAMLMap();
    for (const entry of entries) {
      root.items.push(new Pair(this.node(entry.id, entry.place), this.node(entry.fields, entry.place)));
    }
    this.document.contents = root;
    this.problems.push(...problems);
  }

  override at(node: YamlNode | null | undefined): Place | undefined {
    return node ? this.places.get(node) : undefined;
  }

  /** A value as the nodes the registry reader reads, each at the item's place. */
  private node(value: unknown, place: Place): YamlNode {
    let node: YamlNode;
    if (Array.isArray(value)) {
      const seq = new YAMLSeq();
      seq.items.push(...value.map((entry) => this.node(entry, place)));
      node = seq;
    } else if (value !== null && typeof value === 'object') {
      const map = new YAMLMap();
      for (const [key, entry] of Object.entries(value)) {
        if (entry !== undefined) {
          map.items.push(new Pair(this.node(key, place), this.node(entry, place)));
        }
      }
      node = map;
    } else {
      node = new Scalar(value);
    }
    this.places.set(node, place);
    return node;
  }
}
