/**
 * An independent count of the demo's classified items, read from the Markdown
 * sources with plain regular expressions (not with the plugin's collector).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Written {
  source: string;
  level: string;
  kind: string;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

export function writtenItems(siteDir: string, docsDir: string): Written[] {
  const found: Written[] = [];
  for (const file of files(path.join(siteDir, docsDir)).sort()) {
    const source = path.relative(siteDir, file).split(path.sep).join('/');
    const text = fs.readFileSync(file, 'utf8');
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const pageLevel = /^classification: *(\w+)/m.exec(frontMatter)?.[1];
    const pageKind = /^classification_kind: *(\w+)/m.exec(frontMatter)?.[1];
    if (pageLevel && pageKind) {
      found.push({source, level: pageLevel, kind: pageKind});
    }
    let fenced = false;
    for (const line of text.split('\n')) {
      if (/^\s*```/.test(line)) {
        fenced = !fenced;
      }
      const item =
        fenced ? null : /^\s*(?:> )?:{3,}(alpha|beta|stable)\b.*\bkind=(\w+)/.exec(line) ??
        /^#{1,6} .*:(alpha|beta|stable)\{[^}]*\bkind=(\w+)/.exec(line);
      if (item) {
        found.push({source, level: item[1]!, kind: item[2]!});
      }
    }
  }
  return found;
}
