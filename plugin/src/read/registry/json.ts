/**
 * A JSON registry read as the YAML library's nodes, each with its place in
 * the text, without the library's YAML parser: a JSON file of 19,000 items
 * took it 1.3 s and hundreds of MB; JSON's own grammar takes a few tens of
 * ms. The registry reader then sees the same nodes either way. Anything this
 * reader does not take (a syntax error, a number JSON.parse would not, deep
 * nesting) is left to the YAML library, whose errors name the place.
 */
import {Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode} from 'yaml';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
/** Past the end of a string's text: the quote not escaped. */
const STRING_END = /(?:[^"\\\u0000-\u001f]|\\.)*"/y;
const MAX_DEPTH = 200;

class JsonSyntax extends Error {}

class JsonNodes {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): YamlNode | null {
    this.skip();
    const value = this.at < this.text.length ? this.value(0) : null;
    this.skip();
    if (this.at !== this.text.length) {
      throw new JsonSyntax();
    }
    return value;
  }

  private skip(): void {
    WHITESPACE.lastIndex = this.at;
    WHITESPACE.exec(this.text);
    this.at = WHITESPACE.lastIndex;
  }

  private value(depth: number): YamlNode {
    if (depth > MAX_DEPTH) {
      throw new JsonSyntax();
    }
    const start = this.at;
    const character = this.text[start];
    if (character === '{' || character === '[') {
      return character === '{' ? this.object(depth) : this.array(depth);
    }
    if (character === '"') {
      return this.scalar(this.string(), start);
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, start)) {
        this.at += word.length;
        return this.scalar(value, start);
      }
    }
    NUMBER.lastIndex = start;
    const number = NUMBER.exec(this.text);
    if (!number) {
      throw new JsonSyntax();
    }
    this.at = NUMBER.lastIndex;
    const node = this.scalar(Number(number[0]), start);
    // As written: a version `2.10` stays "2.10" (registry/yaml.ts written()).
    node.source = number[0];
    return node;
  }

  private scalar(value: unknown, start: number): Scalar {
    const node = new Scalar(value);
    node.range = [start, this.at, this.at];
    return node;
  }

  private string(): string {
    const start = this.at;
    STRING_END.lastIndex = start + 1;
    if (!STRING_END.exec(this.text)) {
      throw new JsonSyntax();
    }
    this.at = STRING_END.lastIndex;
    const raw = this.text.slice(start, this.at);
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }

  private object(depth: number): YAMLMap {
    const map = new YAMLMap();
    return this.collection(map, '}', () => {
      if (this.text[this.at] !== '"') {
        throw new JsonSyntax();
      }
      const keyStart = this.at;
      const key = this.scalar(this.string(), keyStart);
      this.skip();
      this.expect(':');
      map.items.push(new Pair(key, this.value(depth + 1)));
    });
  }

  private array(depth: number): YAMLSeq {
    const seq = new YAMLSeq();
    return this.collection(seq, ']', () => void seq.items.push(this.value(depth + 1)));
  }

  /** A collection from its opening character to `close`: its members, read by `member`, between commas. */
  private collection<T extends YAMLMap | YAMLSeq>(node: T, close: string, member: () => void): T {
    const start = this.at;
    this.at += 1;
    this.skip();
    for (let first = true; this.text[this.at] !== close; first = false) {
      if (!first) {
        this.expect(',');
      }
      member();
      this.skip();
    }
    this.at += 1;
    node.range = [start, this.at, this.at];
    return node;
  }

  /** `character`, then whitespace. */
  private expect(character: string): void {
    if (this.text[this.at] !== character) {
      throw new JsonSyntax();
    }
    this.at += 1;
    this.skip();
  }
}

/** The JSON text's root node, with places; undefined when it is not JSON this reader takes (the YAML library then reads it). */
export function jsonNodes(text: string): YamlNode | null | undefined {
  try {
    return new JsonNodes(text).document();
  } catch (error) {
    if (error instanceof JsonSyntax || error instanceof RangeError) {
      return undefined;
    }
    throw error;
  }
}
