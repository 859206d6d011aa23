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

/** A whole Docusaurus site, with or without the plugin. */
export function writeSite(dir: string, spec: SiteSpec, {plugin}: {plugin: boolean}): void {
  writeDocs(path.join(dir, 'docs'), spec, 'classification');
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
  const remark = plugin ? `beforeDefaultRemarkPlugins: [require('docusaurus-plugin-classification/remark')],` : '';
  fs.writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Bench', url: 'https://example.com', baseUrl: '/',
  onBrokenLinks: 'warn',
  presets: [['classic', {docs: {routeBasePath: '/', ${remark}}, blog: false, pages: false}]],
  plugins: ${plugin ? "['docusaurus-plugin-classification']" : '[]'},
};
`,
  );
  fs.writeFileSync(path.join(dir, 'docs', 'index.md'), '---\nslug: /\ntitle: Home\n---\n\nA page without items.\n');
}
