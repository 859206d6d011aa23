/**
 * An independent count of the demo's classified items, read from the Markdown
 * sources with plain regular expressions (not with the plugin's collector).
 */
import fs from 'node:fs';
import path from 'node:path';
import {load as loadYaml} from 'js-yaml';

export interface Written {
  source: string;
  level: string;
  kind: string;
}

/** A cell's scope as one key (its values but the level, in order), or '' for an item without cells. */
const cellKey = (cell: Record<string, string> | undefined): string =>
  Object.entries(cell ?? {})
    .filter(([key]) => key !== 'level')
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');

function files(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

interface RegistryItem {
  kind: string;
  level?: string;
  history?: {level: string}[];
  page?: string;
  /** Per scope: one value per key the item's kind requires (framework and workload, region…), and the level. */
  levels?: Record<string, string>[];
}

/**
 * Items written in the sources: `:::level{kind=…}`, `## … :level{kind=…}`,
 * front matter `classification:`, and the registry's items, by mention
 * (`ref=…`, `classification_ref:`) or, when no page mentions them, alone.
 */
export function writtenItems(siteDir: string, contentDirs: string[], registryFile?: string, levelIds: readonly string[] = ['alpha', 'beta', 'stable', 'deprecated']): Written[] {
  const levels = levelIds.join('|');
  const registry = registryFile
    ? (loadYaml(fs.readFileSync(path.join(siteDir, registryFile), 'utf8')) as Record<string, RegistryItem>)
    : {};
  const mentioned = new Set<string>();
  const fromRegistry = (source: string, line: string): Written | undefined => {
    const ref = /\bref=([\w-]+)/.exec(line)?.[1] ?? /^classification_ref: *([\w-]+)/m.exec(line)?.[1];
    const item = ref === undefined ? undefined : registry[ref];
    if (!item || ref === undefined) {
      return undefined;
    }
    // The cell whose every key the line writes with its value: `framework="PyTorch NeuronX" workload=training`, `region=us-east-2`.
    const written = (key: string, value: string) => {
      const text = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`\\b${key}=(?:"${text}"|${text}(?![\\w-]))`).test(line);
    };
    const cell = item.levels?.find((candidate) => Object.entries(candidate).every(([key, value]) => key === 'level' || written(key, value)));
    const level = item.level ?? item.history?.at(-1)?.level ?? cell!.level!;
    mentioned.add(`${ref} ${cellKey(cell)}`);
    return {source, level, kind: item.kind};
  };
  const found: Written[] = [];
  for (const file of contentDirs.flatMap((dir) => files(path.join(siteDir, dir))).sort()) {
    const source = path.relative(siteDir, file).split(path.sep).join('/');
    const text = fs.readFileSync(file, 'utf8');
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const pageLevel = /^classification: *(\w+)/m.exec(frontMatter)?.[1];
    const pageKind = /^classification_kind: *(\w+)/m.exec(frontMatter)?.[1];
    if (pageLevel && pageKind) {
      found.push({source, level: pageLevel, kind: pageKind});
    }
    const pageRef = fromRegistry(source, frontMatter);
    if (pageRef) {
      found.push(pageRef);
    }
    let fenced = false;
    for (const line of text.split('\n')) {
      if (/^\s*```/.test(line)) {
        fenced = !fenced;
      }
      if (fenced) {
        continue;
      }
      const item =
        new RegExp(`^\\s*(?:> )?:{3,}(${levels})\\b.*\\bkind=(\\w+)`).exec(line) ??
        new RegExp(`^#{1,6} .*:(${levels})\\{[^}]*\\bkind=(\\w+)`).exec(line);
      // Statements: `:beta[Label]{… kind=…}` or `:beta{#id kind=…}`, anywhere in a line but a heading.
      const statements = /^#{1,6} /.test(line) ? [] : [...line.matchAll(new RegExp(`(?<![:\\w]):(${levels})(?:\\[[^\\]]+\\]\\{|\\{#)[^}]*\\bkind=(\\w+)`, 'g'))];
      for (const statement of statements) {
        found.push({source, level: statement[1]!, kind: statement[2]!});
      }
      if (item) {
        found.push({source, level: item[1]!, kind: item[2]!});
      } else if (/^\s*:{3,}classification\{|^#{1,6} .*:classification\{/.test(line)) {
        found.push(fromRegistry(source, line)!);
      }
    }
  }
  for (const [ref, item] of Object.entries(registry)) {
    for (const cell of item.levels ?? [{level: (item.level ?? item.history?.at(-1)?.level)!}]) {
      if (!mentioned.has(`${ref} ${cellKey(cell)}`)) {
        found.push({source: registryFile!, level: cell.level!, kind: item.kind});
      }
    }
  }
  return found;
}
