/**
 * The lower bound of the remark figure: the least output any plugin that
 * renders each item through a theme component can emit, with none of the
 * work around it. Each container becomes one component with four string
 * props (its body kept), each heading directive a badge span, each inline
 * directive a badge component, the table directive a table component, and
 * one import names them. No validation, no ids, no titles, no disclaimers,
 * no labels: it only rewrites the directives it meets in one walk.
 *
 * measure.mjs compiles the bench pages through it as a fourth variant. What
 * it costs over the floor (and over the admonitions) is spent by MDX's own
 * later stages on the components alone, so no plugin that imports its
 * components can come in under it. (Plain nodes that MDX resolves through
 * the site's components map, as admonitions are, could: BENCHMARKS.md says
 * why the plugin does not.)
 */
const LEVELS = new Set(['alpha', 'beta', 'stable']);
const TABLE = 'classification-table';

const attribute = (name, value) => ({type: 'mdxJsxAttribute', name, value});

function become(node, replacement) {
  for (const key of Object.keys(node)) {
    if (key !== 'position') {
      delete node[key];
    }
  }
  Object.assign(node, replacement);
}

function importOf(names) {
  return {
    type: 'mdxjsEsm',
    value: names.map((name) => `import _Classification${name} from '@theme/Classification${name}';`).join('\n'),
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: names.map((name) => ({
          type: 'ImportDeclaration',
          attributes: [],
          specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: `_Classification${name}`}}],
          source: {type: 'Literal', value: `@theme/Classification${name}`},
        })),
      },
    },
  };
}

export default function remarkBound() {
  return (tree) => {
    const used = new Set();
    const walk = (parent) => {
      for (const node of parent.children) {
        if (node.type === 'containerDirective' && LEVELS.has(node.name)) {
          used.add('Callout');
          const children = node.children.filter((child) => !child.data?.directiveLabel);
          become(node, {
            type: 'mdxJsxFlowElement',
            name: '_ClassificationCallout',
            attributes: [
              attribute('id', node.attributes?.id ?? 'item'),
              attribute('level', node.name),
              attribute('kind', node.attributes?.kind ?? 'api'),
              attribute('title', 'Item'),
            ],
            children,
          });
          walk(node);
        } else if (node.type === 'textDirective' && LEVELS.has(node.name)) {
          if (parent.type === 'heading') {
            become(node, {
              type: 'mdxJsxTextElement',
              name: 'span',
              attributes: [attribute('className', `classification-badge classification-badge--${node.name}`)],
              children: [{type: 'text', value: node.name}],
            });
          } else {
            used.add('Badge');
            become(node, {type: 'mdxJsxTextElement', name: '_ClassificationBadge', attributes: [attribute('level', node.name)], children: []});
          }
        } else if (node.type === 'leafDirective' && node.name === TABLE) {
          used.add('Table');
          become(node, {type: 'mdxJsxFlowElement', name: '_ClassificationTable', attributes: [attribute('kind', node.attributes?.kind ?? 'api')], children: []});
        } else if ('children' in node) {
          walk(node);
        }
      }
    };
    walk(tree);
    if (used.size > 0) {
      tree.children.unshift(importOf([...used]));
    }
  };
}
