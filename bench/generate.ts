/**
 * Synthetic sites for the benchmark: N pages, D items on each classified
 * page (a share of pages has none), every syntax form. The same content can
 * be written with the plugin's syntax or as built-in `:::caution` admonitions.
 */
import fs from 'node:fs';
import path from 'node:path';

export type Variant = 'classification' | 'admonitions';

export interface SiteSpec {
  pages: number;
  itemsPerPage: number;
  /** Share of pages without any item (default 0.3). */
  plainShare?: number;
}

const LEVELS = ['alpha', 'beta', 'stable'];

/** Whether page `index` has no item (a share `plainShare` of the pages). */
export function isPlain(index: number, spec: SiteSpec): boolean {
  return (index * 7919) % 100 < (spec.plainShare ?? 0.3) * 100;
}

/** The file name (and path) of page `index`. */
export const pageName = (index: number): string => `page-${String(index).padStart(5, '0')}`;

/** The Markdown of page `index`: every form when classified, prose otherwise. */
export function pageContent(index: number, spec: SiteSpec, variant: Variant): string {
  const plain = isPlain(index, spec);
  const lines = [`---`, `title: Page ${index}`, `---`, '', `Introduction of page ${index}, with a ratio 16:9 and prose like a:b.`, ''];
  if (plain) {
    for (let section = 0; section < spec.itemsPerPage; section += 1) {
      lines.push(`## Section ${section}`, '', `Text of section ${section}, with \`code\` and a [link](https://example.com).`, '');
    }
    return lines.join('\n');
  }
  for (let item = 0; item < spec.itemsPerPage; item += 1) {
    const level = LEVELS[(index + item) % LEVELS.length]!;
    const form = item % 4;
    if (variant === 'admonitions') {
      lines.push(
        form === 1 ? `## Item ${index}.${item}` : `## Section ${item}`,
        '',
        `:::caution[Item ${index}.${item}]`,
        '',
        `Body of item ${item}, a ${level} API. Inline :beta badge.`.replace(' :beta', ''),
        '',
        ':::',
        '',
      );
      continue;
    }
    if (form === 0) {
      lines.push(`## Section ${item}`, '', `:::${level}[Item ${index}.${item}]{kind=api}`, '', `Body of item ${item}.`, '', ':::', '');
    } else if (form === 1) {
      lines.push(`## Item ${index}.${item} :${level}{kind=feature}`, '', `Body of item ${item}, with an inline :beta badge.`, '');
    } else if (form === 2) {
      lines.push(
        `## Model ${item}`,
        '',
        `:::${level}{kind=model framework="PyTorch" workload=training}`,
        '',
        `Model body ${item}.`,
        '',
        ':::',
        '',
      );
    } else {
      lines.push(`## Package ${item}`, '', `:::${level}{#pkg-${item} kind=package since=2.18}`, '', `Package body.`, '', ':::', '');
    }
  }
  if (index % 50 === 0 && variant === 'classification') {
    lines.push('::classification-table{kind=api}', '');
  }
  return lines.join('\n');
}

/** Writes the docs of a site; returns the file paths. */
export function writeDocs(dir: string, spec: SiteSpec, variant: Variant): string[] {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  const files: string[] = [];
  for (let index = 0; index < spec.pages; index += 1) {
    const file = path.join(dir, `${pageName(index)}.md`);
    fs.writeFileSync(file, pageContent(index, spec, variant));
    files.push(file);
  }
  return files;
}

/** The registry item of a site with `registryMentions`, and its registry at Alpha. */
export const REGISTRY_ITEM = 'registry-item';
export const REGISTRY_ALPHA = `${REGISTRY_ITEM}:\n  title: Registry item\n  kind: api\n  level: alpha\n`;

/**
 * What a built site is, for the build figures: the plugin and its content;
 * the peer, the same content as `:::caution` admonitions without the plugin;
 * the plugin installed (Docusaurus plugin and remark plugin) with the peer's
 * content, which no page uses.
 */
export type SiteKind = 'plugin' | 'peer' | 'unused';
export type Bundler = 'webpack' | 'faster';

/** A whole Docusaurus site. */
export function writeSite(
  dir: string,
  spec: SiteSpec,
  {kind, bundler = 'webpack', registryMentions = 0}: {kind: SiteKind; bundler?: Bundler; registryMentions?: number},
): void {
  fs.rmSync(dir, {recursive: true, force: true});
  const files = writeDocs(path.join(dir, 'docs'), spec, kind === 'plugin' ? 'classification' : 'admonitions');
  // A registry item the first pages mention (`:classification{ref=…}` shows its current level).
  const registry = kind === 'plugin' && registryMentions > 0;
  if (registry) {
    fs.writeFileSync(path.join(dir, 'classification.yml'), REGISTRY_ALPHA);
    for (const file of files.slice(0, registryMentions)) {
      fs.appendFileSync(file, `\nThe registry's item: :classification[Registry item]{ref=${REGISTRY_ITEM}}.\n`);
    }
  }
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
  const installed = kind !== 'peer';
  const remark = installed ? `beforeDefaultRemarkPlugins: [require('docusaurus-plugin-classification/remark')],` : '';
  // Docusaurus Faster (Rspack, SWC, Lightning CSS) needs v4's head attribute change in 3.10.
  const future = bundler === 'faster' ? `future: {v4: {removeLegacyPostBuildHeadAttribute: true}, faster: true},` : '';
  fs.writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Bench', url: 'https://example.com', baseUrl: '/',
  onBrokenLinks: 'warn',
  ${future}
  presets: [['classic', {docs: {routeBasePath: '/', ${remark}}, blog: false, pages: false}]],
  plugins: ${installed ? `[['docusaurus-plugin-classification', ${registry ? "{registry: 'classification.yml'}" : '{}'}]]` : '[]'},
};
`,
  );
  fs.writeFileSync(path.join(dir, 'docs', 'index.md'), '---\nslug: /\ntitle: Home\n---\n\nA page without items.\n');
}

/**
 * A large JSON registry, shaped like a real public one: `items` items over 30
 * releases (each with `since`), `listed` of them in preview (Alpha or Beta,
 * the index lists them), the others Stable; a title and a description each.
 */
export function largeRegistry(items: number, listed: number): string {
  const registry: Record<string, Record<string, string>> = {};
  for (let index = 0; index < items; index += 1) {
    // Spread the previews over the whole list, not the first ids.
    const preview = Math.floor(((index + 1) * listed) / items) > Math.floor((index * listed) / items);
    registry[`item-${index}`] = {
      title: `Item number ${index} of the dataset`,
      kind: index % 3 === 2 ? 'feature' : 'api',
      level: preview ? (index % 7 === 0 ? 'alpha' : 'beta') : 'stable',
      since: `2.${index % 30}`,
      description: `A description of item ${index}, long enough to look like a real one.`,
    };
  }
  return `${JSON.stringify(registry, null, 2)}\n`;
}

/**
 * A one-page site (one callout) for the large-registry figure: with the
 * plugin and `registry.json` holding `registryJson`; with the plugin and no
 * registry (`registryJson` empty); or without the plugin (undefined: the
 * page's callout a `:::caution`).
 */
export function writeRegistrySite(dir: string, registryJson: string | undefined): void {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(path.join(dir, 'docs'), {recursive: true});
  const plugin = registryJson !== undefined;
  if (registryJson) {
    fs.writeFileSync(path.join(dir, 'registry.json'), registryJson);
  }
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
  fs.writeFileSync(
    path.join(dir, 'docs', 'index.md'),
    `---\nslug: /\ntitle: Home\n---\n\n${plugin ? ':::beta[Item]{kind=api}' : ':::caution[Item]'}\n\nText.\n\n:::\n`,
  );
  const remark = plugin ? `beforeDefaultRemarkPlugins: [require('docusaurus-plugin-classification/remark')],` : '';
  const options = registryJson ? "{registry: 'registry.json'}" : '{}';
  fs.writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Large registry', url: 'https://example.com', baseUrl: '/',
  onBrokenLinks: 'warn',
  presets: [['classic', {docs: {routeBasePath: '/', ${remark}}, blog: false, pages: false}]],
  plugins: ${plugin ? `[['docusaurus-plugin-classification', ${options}]]` : '[]'},
};
`,
  );
}

/**
 * A TypeDoc JSON of a big runtime's typings, for the registry sources
 * figure: `classes` classes in modules of 50, each with 9 members, every
 * declaration with a comment (a summary, its source place); every tenth
 * declaration with `@alpha`, `@beta` or `@experimental`, some `@deprecated`
 * or `@since`; methods with a signature, properties with a union type. As
 * TypeDoc writes it without `--pretty`: 10,000 classes give 100,000
 * reflections and about 64 MB.
 */
export function largeTypedoc(classes: number): string {
  let id = 1;
  let count = 0;
  const tags = ['@alpha', '@beta', '@experimental'];
  const text = (value: string) => [{kind: 'text', text: value}];
  const declaration = (name: string, kind: number): Record<string, unknown> => {
    const index = count++;
    const file = `src/mod${index % 50}/file${index % 400}.d.ts`;
    const comment: Record<string, unknown> = {summary: text(`The ${name} declaration of the runtime, documented in enough words to look like a real comment of a big library's typings.`)};
    const blockTags = [
      ...(index % 97 === 0 ? [{tag: '@deprecated', content: text('Use something else instead.')}] : []),
      ...(index % 13 === 0 ? [{tag: '@since', content: text(`${1 + (index % 5)}.${index % 20}`)}] : []),
    ];
    Object.assign(comment, index % 10 === 0 ? {modifierTags: [tags[index % 3]]} : {}, blockTags.length > 0 ? {blockTags} : {});
    const reflection: Record<string, unknown> = {id: id++, name, variant: 'declaration', kind, flags: {}, comment};
    reflection.sources = [{fileName: file, line: index % 3000, character: 2, url: `https://github.com/example/runtime/blob/main/${file}#L${index % 3000}`}];
    if (kind === 2048) {
      const parameter = {id: id++, name: 'options', variant: 'param', kind: 32768, flags: {isOptional: true}, type: {type: 'reference', target: 12, name: 'Options', package: 'runtime'}};
      reflection.signatures = [{id: id++, name, variant: 'signature', kind: 4096, flags: {}, parameters: [parameter], type: {type: 'intrinsic', name: 'void'}}];
    } else {
      reflection.type = {type: 'union', types: [{type: 'intrinsic', name: 'string'}, {type: 'intrinsic', name: 'number'}, {type: 'reference', name: 'Buffer', package: '@types/node'}]};
    }
    return reflection;
  };
  const modules = Array.from({length: Math.ceil(classes / 50)}, (_, module) => ({
    id: id++,
    name: `mod${module}`,
    variant: 'declaration',
    kind: 2,
    flags: {},
    children: Array.from({length: Math.min(50, classes - module * 50)}, (_, index) => ({
      ...declaration(`Class${module}_${index}`, 128),
      children: Array.from({length: 9}, (_, member) => declaration(`member${member}`, member % 2 ? 2048 : 1024)),
    })),
  }));
  return JSON.stringify({id: 0, name: 'runtime', variant: 'project', kind: 1, flags: {}, children: modules, schemaVersion: '2.0'});
}
