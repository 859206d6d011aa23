/**
 * An OpenAPI 3 document (YAML or JSON) as registry items: each operation,
 * parameter, schema and schema property that is marked: `deprecated: true`,
 * `x-stability-level: <value>` (oasdiff's), or `x-beta: true`, each marker
 * meaning a level through the source's `levels` map. An operation's id is
 * its `operationId`, else its method and path (`GET /pets/{id}`); a
 * parameter's is its operation's and its name (`listPets.limit`); a schema's
 * its name (`Pet`), a property's `Pet.tag`. With `pages`, an operation gets
 * the page docusaurus-plugin-openapi-docs writes for it (its `outputDir`,
 * then its operationId, else summary, in kebab case).
 */
import {isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap} from 'yaml';
import {sourceUnreadable, unmappedMarker} from '../../../model/messages';
import {YamlFile} from '../yaml';
import {firstParagraph, sourceProblem, type SourceEntry, type SourceItems} from './document';
import type {RegistrySource} from '../../../model/sources';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * lodash's kebabCase, as docusaurus-plugin-openapi-docs names its docs:
 * accents dropped, apostrophes removed, words split at case changes,
 * digits and other characters, lowercased, joined by "-"
 * (`Get user's pets` → get-users-pets, `get2FAStatus` → get-2-fa-status).
 */
export function kebabCase(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2019]/g, '');
  const words = plain.match(/[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g) ?? [];
  return words.map((word) => word.toLowerCase()).join('-');
}

export function openapiItems(source: RegistrySource, text: string): SourceItems {
  const yaml = new YamlFile(source.path, text);
  const root = yaml.problems.length === 0 ? yaml.root() : undefined;
  if (!root) {
    return {entries: [], problems: yaml.problems};
  }
  const version = yaml.field(root, 'openapi').value;
  if (typeof version !== 'string' || !version.startsWith('3')) {
    const problem = sourceUnreadable('an OpenAPI 3 document', 'it has no "openapi: 3.x" field', 'point the source at an OpenAPI 3.0 or 3.1 document, YAML or JSON');
    return {entries: [], problems: [sourceProblem(problem, yaml.at(root))]};
  }
  const reader = new OpenapiReader(yaml, source, root);
  reader.operations(reader.mapAt(root, 'paths'));
  reader.schemas(reader.mapAt(reader.mapAt(root, 'components'), 'schemas'));
  return {entries: reader.entries, problems: yaml.problems};
}

class OpenapiReader {
  readonly entries: SourceEntry[] = [];

  constructor(
    private readonly yaml: YamlFile,
    private readonly source: RegistrySource,
    private readonly root: YAMLMap,
  ) {}

  value(map: YAMLMap | undefined, key: string): unknown {
    return map ? this.yaml.field(map, key).value : undefined;
  }

  mapAt(map: YAMLMap | undefined, key: string): YAMLMap | undefined {
    const node = map ? this.yaml.field(map, key).node : undefined;
    return isMap(node) ? node : undefined;
  }

  /** Each operation of each path, and its parameters. */
  operations(paths: YAMLMap | undefined): void {
    for (const pathPair of paths?.items ?? []) {
      const route = isScalar(pathPair.key) ? String(pathPair.key.value) : '';
      const pathItem = this.yaml.resolve(pathPair.value as YamlNode);
      // In the document's order.
      for (const pair of isMap(pathItem) ? pathItem.items : []) {
        const method = isScalar(pair.key) ? String(pair.key.value) : '';
        const operation = this.yaml.resolve(pair.value as YamlNode);
        if (!METHODS.includes(method) || !isMap(operation)) {
          continue;
        }
        const operationId = this.value(operation, 'operationId');
        const summary = this.value(operation, 'summary');
        const named = typeof operationId === 'string' && operationId !== '';
        const id = named ? operationId : `${method.toUpperCase()} ${route}`;
        const docName = named ? operationId : typeof summary === 'string' ? summary : undefined;
        this.add(id, operation, this.source.pages !== undefined && docName ? {page: `${this.source.pages}/${kebabCase(docName)}`} : {});
        // The path's parameters hold for each of its operations, as the operation's own do.
        this.parameters(id, [this.yaml.field(operation, 'parameters').node, this.yaml.field(pathItem as YAMLMap, 'parameters').node]);
      }
    }
  }

  /** Each schema of `components.schemas`, and its properties. */
  schemas(schemas: YAMLMap | undefined): void {
    for (const schemaPair of schemas?.items ?? []) {
      const name = isScalar(schemaPair.key) ? String(schemaPair.key.value) : '';
      const schema = this.yaml.resolve(schemaPair.value as YamlNode);
      if (!isMap(schema)) {
        continue;
      }
      this.add(name, schema);
      for (const property of this.mapAt(schema, 'properties')?.items ?? []) {
        const propertySchema = this.yaml.resolve(property.value as YamlNode);
        if (isScalar(property.key) && isMap(propertySchema)) {
          this.add(`${name}.${String(property.key.value)}`, propertySchema);
        }
      }
    }
  }

  private parameters(owner: string, lists: readonly (YamlNode | undefined)[]): void {
    const seen = new Set<string>();
    for (const parameter of lists.flatMap((node) => (isSeq(node) ? node.items : []))) {
      const map = this.referenced(this.yaml.resolve(parameter as YamlNode));
      const name = map ? this.value(map, 'name') : undefined;
      if (map && typeof name === 'string' && !seen.has(name)) {
        seen.add(name);
        this.add(`${owner}.${name}`, map);
      }
    }
  }

  /** A node, or the one its `$ref` names in this document (`#/components/parameters/Limit`); undefined when it is no mapping. */
  private referenced(node: YamlNode | undefined): YAMLMap | undefined {
    const ref = isMap(node) ? this.value(node, '$ref') : undefined;
    if (typeof ref !== 'string') {
      return isMap(node) ? node : undefined;
    }
    let found: YamlNode | undefined = this.root;
    for (const segment of ref.replace(/^#\//, '').split('/')) {
      found = isMap(found) ? this.yaml.field(found, segment.replaceAll('~1', '/').replaceAll('~0', '~')).node : undefined;
    }
    return ref.startsWith('#/') && isMap(found) ? found : undefined;
  }

  /** An item for a node that is marked, at the level its marker means; a marker the map does not name is reported. */
  private add(id: string, node: YAMLMap, extra: Record<string, unknown> = {}): void {
    const {yaml, source} = this;
    const stability = this.value(node, 'x-stability-level');
    const marker = this.value(node, 'deprecated') === true ? 'deprecated' : typeof stability === 'string' ? stability : this.value(node, 'x-beta') === true ? 'beta' : undefined;
    if (marker === undefined) {
      return;
    }
    const level = source.levels[marker];
    if (level === undefined) {
      const field = marker === stability ? yaml.field(node, 'x-stability-level').node : node;
      yaml.problems.push(sourceProblem(unmappedMarker(marker, id, Object.keys(source.levels)), yaml.at(field)));
      return;
    }
    if (level === false) {
      return;
    }
    const summary = this.value(node, 'summary') ?? this.value(node, 'description');
    const description = typeof summary === 'string' ? firstParagraph(summary) : '';
    this.entries.push({
      id,
      fields: {title: id, kind: source.kind, level, ...(description ? {description} : {}), ...extra},
      place: yaml.at(node) ?? {line: 1, column: 1},
    });
  }
}
