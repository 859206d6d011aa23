/**
 * Random Markdown/MDX pages mixing every classification form with the
 * Markdown around it: nesting, lists, quotes, JSX, admonitions, tables, code,
 * comments, front matter, custom heading ids, unicode, long and duplicate
 * titles. Every generated page is valid: the property tests check that the
 * page and the index agree on it, not how errors are reported.
 */
import fc from 'fast-check';

export interface Doc {
  filePath: string;
  content: string;
  /** Partials the page imports, by file name beside it (MDX pages only). */
  partials?: Record<string, string>;
}

/** The name a generated page imports its partial as, and the file it imports. */
export const PARTIAL = {name: 'Partial', file: '_partial.mdx'} as const;

/** A partial's blocks: titles of their own, so their ids do not meet the page's. */
const partialBlock = fc.constantFrom(
  (n: number) => `:::beta[Partial thing ${n}]{kind=api}\n\nShared text.\n\n:::`,
  (n: number) => `## Partial heading ${n} :alpha{kind=feature}\n\nText under it.`,
  (n: number) => `A paragraph of the partial with an inline :beta badge (${n}).`,
);
const partial = fc.option(fc.record({blocks: fc.array(partialBlock, {minLength: 1, maxLength: 3}), at: fc.nat()}), {nil: undefined, freq: 3});

const LEVELS = ['alpha', 'beta', 'stable', 'deprecated'] as const;

/** A retired item's removal and replacement (a link: an id would be checked against the whole site). */
const retired = (level: string): string => (level === 'deprecated' ? ' removal=3.0 replacement=/docs/new-api' : '');

const title = fc.oneof(
  fc.constantFrom(
    'torch_neuron.trace',
    'Neuron Runtime',
    'Llama 2 7B',
    'Same title',
    'Ünïcödé 名前 ☃',
    'a:b and 16:9',
    'NEURON_RT_VISIBLE_CORES',
    '--auto-cast',
    `A very long title ${'that keeps going '.repeat(12)}end`,
    'Ends with a dot.',
    '`torch.compile` backend',
    'The *emphasized* feature',
    // Bare URLs and addresses: GFM links them (the reader's parse skips that transform).
    'See www.example.com/:beta or https://example.com:8080/a_b.',
    'Mail ops@example.com',
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._-]{0,24}[A-Za-z0-9]$/),
);

/** `kind=…` (with framework and workload for model classes), maybe `since`. */
const kindAttributes = fc
  .record({
    kind: fc.constantFrom('api', 'package', 'feature', 'model'),
    framework: fc.constantFrom('PyTorch Neuron', 'JAX', 'NeuronX Distributed'),
    workload: fc.constantFrom('training', 'inference'),
    since: fc.option(fc.constantFrom('2.18', 'v2.19.1', '2024-05-01'), {nil: undefined}),
  })
  .map(({kind, framework, workload, since}) =>
    [
      `kind=${kind}`,
      kind === 'model' ? `framework="${framework}" workload=${workload}` : '',
      since ? `since=${since}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );

/** A block of Markdown; `id` numbers explicit ids so they stay unique. */
type Block = (context: {mdx: boolean; nextId: () => number; depth: number}) => string;

const heading: fc.Arbitrary<Block> = fc
  .record({
    depth: fc.integer({min: 2, max: 4}),
    title,
    item: fc.option(fc.record({level: fc.constantFrom(...LEVELS), attributes: kindAttributes, explicitId: fc.boolean()}), {
      nil: undefined,
    }),
    customId: fc.boolean(),
  })
  .map(({depth, title: text, item, customId}) => (context) => {
    const hashes = '#'.repeat(depth);
    const directive = item
      ? ` :${item.level}{${item.explicitId ? `id=hid-${context.nextId()} ` : ''}${item.attributes}${retired(item.level)}}`
      : '';
    const custom = customId && !item?.explicitId ? ` {#cid-${context.nextId()}}` : '';
    return `${hashes} ${text}${directive}${custom}`;
  });

const container: fc.Arbitrary<Block> = fc
  .record({
    level: fc.constantFrom(...LEVELS),
    attributes: kindAttributes,
    name: fc.constantFrom('label', 'title', 'none', 'markup-label'),
    title,
    explicitId: fc.boolean(),
    body: fc.constantFrom('Body text.', 'Body with `:beta` in code and a ratio 4:3.', 'Body with an inline :alpha badge.'),
  })
  .map(({level, attributes, name, title: text, explicitId, body}) => (context) => {
    // A label of JSX or an expression alone: MDX unwraps it before remark plugins run.
    const markup = context.mdx ? `[{${JSON.stringify(text)}}]` : `[<span>${text}</span>]`;
    const label = name === 'label' ? `[${text}]` : name === 'markup-label' ? markup : '';
    const titleAttribute = name === 'title' ? ` title="${text}"` : '';
    const id = explicitId ? `#xid-${context.nextId()} ` : '';
    const fence = ':'.repeat(3 + context.depth);
    return `${fence}${level}${label}{${id}${attributes}${retired(level)}${titleAttribute}}\n\n${body}\n\n${fence}`;
  });

/** A statement item: `:beta[Label]{kind=…}` in a sentence or a list, or `:beta{#id kind=…}` beside its sentence. */
const statement: fc.Arbitrary<Block> = fc
  .record({
    level: fc.constantFrom(...LEVELS),
    attributes: kindAttributes,
    title,
    shape: fc.constantFrom('sentence', 'list', 'id-only'),
    explicitId: fc.boolean(),
  })
  .map(({level, attributes, title: text, shape, explicitId}) => (context) => {
    const id = explicitId || shape === 'id-only' ? `#sid-${context.nextId()} ` : '';
    if (shape === 'id-only') {
      return `${text} :${level}{${id}${attributes}}`;
    }
    const item = `:${level}[${text}]{${id}${attributes}}`;
    return shape === 'list' ? `- ${item}
- A plain list item` : `A sentence holds ${item} inside it.`;
  });

const leaf: fc.Arbitrary<Block> = fc.constantFrom<Block>(
  () => 'A paragraph with an inline :beta badge, a time 10:30 and prose like a:b.',
  () => 'Inline code `:::beta[x]{kind=api}` is not an item.',
  () => '```md\n:::beta[Not an item]{kind=api}\n:::\n\n## Not a heading :beta{kind=api}\n```',
  ({mdx}) => (mdx ? '{/* :::beta[Hidden]{kind=api} */}' : '<!-- :::beta[Hidden]{kind=api} -->'),
  () => '| Name | Status |\n| --- | --- |\n| torch_neuron.trace | :beta |',
  () => '::classification-table{kind=feature}',
  () => '::classification-list{kind=api level=beta}',
  () => '::youtube{#video}',
  () => 'Text with :custom[label]{a=b} directive.',
  () => ':::tip[Custom tip]\n\nA tip.\n\n:::',
);

function wrap(kind: 'note' | 'list' | 'quote' | 'jsx' | 'item', inner: string, depth: number, level: string): string {
  const fence = ':'.repeat(3 + depth + 1);
  switch (kind) {
    case 'note':
      return `${fence}note\n\n${inner}\n\n${fence}`;
    case 'item':
      return `${fence}${level}[Outer item]{kind=package}\n\n${inner}\n\n${fence}`;
    case 'list':
      return `- List item\n\n${inner.replace(/^/gm, '  ')}`;
    case 'quote':
      return inner.replace(/^/gm, '> ').replace(/> $/gm, '>');
    case 'jsx':
      return `<div className="wrapper">\n\n${inner}\n\n</div>`;
  }
}

const simple = fc.oneof(
  {weight: 3, arbitrary: heading},
  {weight: 3, arbitrary: container},
  {weight: 2, arbitrary: statement},
  {weight: 2, arbitrary: leaf},
);

const block: fc.Arbitrary<Block> = fc.oneof(
  {weight: 4, arbitrary: simple},
  {
    weight: 1,
    arbitrary: fc
      .record({
        kind: fc.constantFrom('note', 'list', 'quote', 'jsx', 'item'),
        inner: fc.array(fc.oneof(container, leaf), {minLength: 1, maxLength: 2}),
        level: fc.constantFrom(...LEVELS),
      })
      .map(({kind, inner, level}): Block => (context) => {
        const blocks = inner.map((render) => render({...context, depth: context.depth + 0}));
        return wrap(kind, blocks.join('\n\n'), context.depth, level);
      }),
  },
);

const frontMatter = fc.option(
  fc.record({
    title,
    level: fc.option(fc.constantFrom(...LEVELS), {nil: undefined}),
    kind: fc.constantFrom('api', 'package', 'feature'),
    since: fc.boolean(),
  }),
  {nil: undefined},
);

export const doc: fc.Arbitrary<Doc> = fc
  .record({
    mdx: fc.boolean(),
    frontMatter,
    h1: fc.option(title, {nil: undefined}),
    blocks: fc.array(block, {minLength: 1, maxLength: 12}),
    // How editors save it: line endings, and a byte order mark.
    encoding: fc.constantFrom('lf', 'lf', 'lf', 'crlf', 'cr', 'bom'),
    partial,
  })
  .map(({mdx, frontMatter: matter, h1, blocks, encoding, partial: shared}) => {
    let counter = 0;
    const context = {mdx, nextId: () => (counter += 1), depth: 0};
    const parts: string[] = [];
    if (matter) {
      const lines = [`title: ${JSON.stringify(matter.title)}`];
      if (matter.level) {
        lines.push(`classification: ${matter.level}`, `classification_kind: ${matter.kind}`);
        if (matter.since) {
          lines.push(`classification_since: '2.18'`);
        }
      }
      parts.push(`---\n${lines.join('\n')}\n---`);
    }
    if (h1) {
      parts.push(`# ${h1}`);
    }
    // The jsx wrapper is MDX only; in .md it is raw HTML, which is fine too.
    const body = blocks.map((render) => render(context));
    // An MDX page may import a partial and render it among its blocks.
    const partials = mdx && shared ? {[PARTIAL.file]: `${shared.blocks.map((render, n) => render(n + 1)).join('\n\n')}\n`} : undefined;
    if (partials) {
      body.splice(shared!.at % (body.length + 1), 0, `<${PARTIAL.name} />`);
      parts.push(`import ${PARTIAL.name} from './${PARTIAL.file}';`);
    }
    parts.push(...body);
    const text = `${parts.join('\n\n')}\n`;
    // Docusaurus escapes `{#id}` heading ids line by line, split at \n only: with lone \r the
    // page would not compile even without the plugin, so those pages keep \n.
    const cr = encoding === 'cr' && !text.includes('{#');
    const content =
      encoding === 'bom' ? `\uFEFF${text}` : encoding === 'crlf' ? text.replaceAll('\n', '\r\n') : cr ? text.replaceAll('\n', '\r') : text;
    return {filePath: `/site/docs/generated.${mdx ? 'mdx' : 'md'}`, content, ...(partials ? {partials} : {})};
  });

/** Pages without any classification syntax: the plugin must not change them. */
export const foreignDoc: fc.Arbitrary<Doc> = fc
  .record({
    mdx: fc.boolean(),
    blocks: fc.array(
      fc.constantFrom(
        '## Plain heading',
        '## Custom id {#custom}',
        'Prose like a:b, 16:9 and 10:30.',
        ':::note\n\nA note.\n\n:::',
        ':::tip[Custom title]\n\nA tip.\n\n:::',
        '::youtube{#video}',
        'Text :smile and :custom[label]{a=b}.',
        '```md\n:::beta[x]{kind=api}\n:::\n```',
        '- a list\n- of items',
        '| a | b |\n| - | - |\n| 1 | 2 |',
      ),
      {minLength: 1, maxLength: 8},
    ),
  })
  .map(({mdx, blocks}) => ({filePath: `/site/docs/foreign.${mdx ? 'mdx' : 'md'}`, content: `${blocks.join('\n\n')}\n`}));

/**
 * Pages of links and near misses (words like beta, colons next to them, other
 * directives, front matter spelt otherwise), sometimes with one form of ours
 * alone: the cases of the quick check that lets pages pass over.
 */
export const nearMissDoc: fc.Arbitrary<Doc> = fc
  .record({
    mdx: fc.boolean(),
    matter: fc.constantFrom(
      '',
      '',
      '---\ntitle: Beta release\nstatus: beta\n---',
      '---\nClassified: yes\n---',
      '---\nclassification: beta\nclassification_kind: package\n---',
      '---\nclassification_kind: api\n---',
    ),
    ours: fc.constantFrom(
      '',
      '',
      '',
      'An inline :beta badge.',
      '## Heading :alpha{kind=api}',
      '::classification-list',
      '::classification-table{kind=api}',
      ':::classification{ref=x}\n:::',
      '::stable',
    ),
    blocks: fc.array(
      fc.constantFrom(
        '## A [linked](./beta.md) heading',
        '## Beta: the word {#beta}',
        'See [the trace API](./apis/trace.md#torch-trace) and [a reference][ref].',
        '[ref]: ./labs/nki.mdx',
        '[Alpha]: https://example.com/alpha',
        'A [link with `code`](https://example.com) and <https://example.com/beta>.',
        'Alpha, beta: stable words; a : beta; 16:9.',
        ':Beta{kind=api} and :::Alpha are other names.',
        '::: beta\n\nSpaced.\n\n:::',
        'Text :betamax and :alphabet[x]{kind=api}.',
        'An image classification model; classification-table and classification_kind as words.',
        'The :classifications list.',
        '> Quoted [link](./quoted.md)\n>\n> [q]: ./q.md',
        '- [item link](./item.md)\n- [[nested]](./n.md)',
        ':::note[A [link](./in-note.md)]\n\nBody [link](./body.md).\n\n:::',
      ),
      {minLength: 1, maxLength: 8},
    ),
  })
  .map(({mdx, matter, ours, blocks}) => ({
    filePath: `/site/docs/near.${mdx ? 'mdx' : 'md'}`,
    content: `${[matter, ...blocks, ours].filter(Boolean).join('\n\n')}\n`,
  }));
