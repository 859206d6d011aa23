/**
 * The unified/remark ecosystem is ESM-only; this CommonJS package loads it
 * once through dynamic `import()` (kept as-is by `module: node16`), the way
 * Docusaurus's own remark plugins do.
 */
export type Esm = Awaited<ReturnType<typeof importAll>>;

async function importAll() {
  const [visit, toString, fromMarkdown, valueToEstree, toHast] = await Promise.all([
    import('unist-util-visit'),
    import('mdast-util-to-string'),
    import('mdast-util-from-markdown'),
    import('estree-util-value-to-estree'),
    import('mdast-util-to-hast'),
  ]);
  return {
    visit: visit.visit,
    toString: toString.toString,
    fromMarkdown: fromMarkdown.fromMarkdown,
    valueToEstree: valueToEstree.valueToEstree,
    toHast: toHast.toHast,
  };
}

let loading: Promise<Esm> | undefined;

export function loadEsm(): Promise<Esm> {
  loading ??= importAll();
  return loading;
}
