/**
 * Builders for the MDX nodes the remark plugin emits: JSX elements with
 * string or JSON-valued props, and the ESM import of the theme components.
 * Values become props, never HTML: author text cannot inject markup.
 */
import {COMPONENTS, localName, type ComponentName} from '../model/components';
import {COMPONENTS_MODULE} from '../model/names';
import type {Esm} from '../upstream/esm';
import type {BlockContent, Nodes, PhrasingContent, RootContent} from 'mdast' with {'resolution-mode': 'import'};
import type {
  MdxJsxAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx' with {'resolution-mode': 'import'};
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm' with {'resolution-mode': 'import'};
import type {Program} from 'estree' with {'resolution-mode': 'import'};

export type PropValue = string | number | boolean | null | undefined | readonly unknown[] | object;


function attribute(esm: Esm, name: string, value: PropValue): MdxJsxAttribute | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value === 'string') {
    return {type: 'mdxJsxAttribute', name, value};
  }
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{type: 'ExpressionStatement', expression: esm.valueToEstree(value)}],
  };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value), data: {estree}},
  };
}

function attributes(esm: Esm, props: Record<string, PropValue>): MdxJsxAttribute[] {
  return Object.entries(props)
    .map(([name, value]) => attribute(esm, name, value))
    .filter((entry): entry is MdxJsxAttribute => entry !== undefined);
}

/** A block element: a theme component by its local name, or a plain one (`div`). */
export function blockElement(esm: Esm, name: string, props: Record<string, PropValue>, children: RootContent[] = []): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name, attributes: attributes(esm, props), children: children as BlockContent[]};
}

export function flowElement(
  esm: Esm,
  component: ComponentName,
  props: Record<string, PropValue>,
  children: RootContent[] = [],
): MdxJsxFlowElement {
  return blockElement(esm, localName(component), props, children);
}

export function textElement(
  esm: Esm,
  name: string,
  props: Record<string, PropValue>,
  children: PhrasingContent[] = [],
): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name, attributes: attributes(esm, props), children};
}

/**
 * `import {ClassificationX as _ClassificationX} from '@docusaurus-plugin-classification/components';`
 * for the used components: each is `@theme/ClassificationX`, loaded on its
 * first render from the chunk pages with items share (webpack.ts).
 */
export function importComponents(used: Iterable<ComponentName>): MdxjsEsm {
  const names = [...new Set(used)];
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        attributes: [],
        specifiers: names.map((name) => ({
          type: 'ImportSpecifier',
          imported: {type: 'Identifier', name: COMPONENTS[name].name},
          local: {type: 'Identifier', name: localName(name)},
        })),
        source: {type: 'Literal', value: COMPONENTS_MODULE},
      },
    ],
  };
  return {
    type: 'mdxjsEsm',
    value: `import {${names.map((name) => `${COMPONENTS[name].name} as ${localName(name)}`).join(', ')}} from '${COMPONENTS_MODULE}';`,
    data: {estree},
  };
}

/** Replaces a node's content in place, keeping its position for messages. */
export function replaceNode(node: Nodes, replacement: Nodes): void {
  // Only the keys the replacement lacks are deleted (a directive's `data`, if
  // any): deleting every key would turn the object into a slow dictionary
  // for each later stage that reads it.
  for (const key of Object.keys(node)) {
    if (key !== 'position' && !(key in replacement)) {
      delete (node as unknown as Record<string, unknown>)[key];
    }
  }
  Object.assign(node, replacement);
}
