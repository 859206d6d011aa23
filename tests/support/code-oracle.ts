/**
 * What the demo's code sources say, read without the plugin, TypeDoc or an
 * OpenAPI library: the TSDoc tags of site/packages/widgets/src/index.ts (a
 * doc comment, then the declaration it documents; members take their
 * class's or interface's tag unless they have their own), and the stability
 * markers of site/api/petstore.yaml. Tests compare the site's items with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load as loadYaml} from 'js-yaml';

/** A code item as its source declares it: its name as code writes it and its level by the default levels map. */
export interface CodeItem {
  ref: string;
  level: string;
}

const TAG_LEVELS: Record<string, string> = {'@alpha': 'alpha', '@beta': 'beta', '@experimental': 'alpha', '@public': 'stable'};

/**
 * The declarations of a TypeScript file with a TSDoc tag, `@deprecated` or
 * `@since`, at the level its tags say (a member without a tag of its own
 * takes its class's or interface's); `@internal` ones left out.
 */
export function tsdocItems(file: string): CodeItem[] {
  const items: CodeItem[] = [];
  let comment = '';
  let inComment = false;
  let container: {name: string; tag?: string} | undefined;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (inComment || line.trim().startsWith('/**')) {
      comment = inComment ? `${comment}\n${line}` : line;
      inComment = !line.includes('*/');
      continue;
    }
    const top = /^export (class|function|interface) (\w+)/.exec(line);
    const member = container && /^ {2}(?:readonly )?(\w+)\s*[(:]/.exec(line);
    if (/^\}/.test(line)) {
      container = undefined;
    }
    if (!top && !member) {
      if (line.trim() !== '') {
        comment = '';
      }
      continue;
    }
    const own = /@(alpha|beta|experimental|public|internal)\b/.exec(comment)?.[0];
    const tag = own ?? (member ? container?.tag : undefined);
    const name = top ? top[2]! : `${container!.name}.${member![1]}`;
    if (top && top[1] !== 'function') {
      container = {name, ...(tag ? {tag} : {})};
    }
    const deprecated = /@deprecated\b/.test(comment);
    if (tag !== '@internal' && (tag || deprecated || /@since\b/.test(comment))) {
      items.push({ref: name, level: deprecated ? 'deprecated' : tag ? TAG_LEVELS[tag]! : 'stable'});
    }
    comment = '';
  }
  return items;
}

/** The operations, parameters, schemas and properties of an OpenAPI document that carry a stability marker, at the level it says. */
export function openapiItems(file: string): CodeItem[] {
  const document = loadYaml(fs.readFileSync(file, 'utf8')) as {paths?: Record<string, Record<string, Record<string, unknown>>>; components?: {schemas?: Record<string, Record<string, unknown>>}};
  const marked = (ref: string, node: Record<string, unknown>): CodeItem[] => {
    const level = node.deprecated === true ? 'deprecated' : typeof node['x-stability-level'] === 'string' ? (node['x-stability-level'] as string) : node['x-beta'] === true ? 'beta' : undefined;
    return level ? [{ref, level}] : [];
  };
  const items: CodeItem[] = [];
  for (const [route, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const ref = (operation.operationId as string | undefined) ?? `${method.toUpperCase()} ${route}`;
      items.push(...marked(ref, operation));
      for (const parameter of (operation.parameters as Record<string, unknown>[] | undefined) ?? []) {
        items.push(...marked(`${ref}.${parameter.name as string}`, parameter));
      }
    }
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    items.push(...marked(name, schema));
    for (const [property, value] of Object.entries((schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {})) {
      items.push(...marked(`${name}.${property}`, value));
    }
  }
  return items;
}

export const DEMO_CODE_SOURCES = {
  typedoc: (repoRoot: string) => tsdocItems(path.join(repoRoot, 'site/packages/widgets/src/index.ts')),
  openapi: (repoRoot: string) => openapiItems(path.join(repoRoot, 'site/api/petstore.yaml')),
};
