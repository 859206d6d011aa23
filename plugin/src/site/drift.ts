/**
 * Drift between the docs and the code: a page that marks an item by hand
 * (`## Widget.render :beta`, no `ref`) that a source (TypeDoc, API
 * Extractor, OpenAPI, a module) defines at another level. The item is found
 * by its title as code names it (backticks and a trailing `()` dropped);
 * a registry file written by hand is the docs' own word, not the code's.
 */
import {driftsFromSource} from '../model/messages';
import {formatProblem, placeText} from '../model/problems';
import {registryItemAt, type ClassificationItem, type Registry} from '../model/item';

/** What code names an item by, from a title: `` `Widget.render()` `` is Widget.render. */
function codeName(title: string): string {
  return title.trim().replace(/^`|`$/g, '').replace(/\(\)$/, '');
}

/** One problem per hand-marked item whose level a source contradicts. */
export function driftProblems(pages: readonly {filePath: string; documents?: string; items: readonly ClassificationItem[]}[], registry: Registry | undefined): string[] {
  const fromCode = new Set(registry?.sources.filter((source) => source.type !== 'file').map((source) => source.path));
  if (!registry || fromCode.size === 0) {
    return [];
  }
  const problems: string[] = [];
  for (const {filePath, documents, items} of pages) {
    for (const item of items) {
      const found = item.ref === undefined && item.scope === undefined ? registry.items.get(codeName(item.title)) : undefined;
      // As the item stood in the release the page's docs document (a source per release gives it a history).
      const defined = found && registryItemAt(found, documents);
      if (defined && fromCode.has(defined.file) && defined.level !== undefined && defined.level !== item.level) {
        const written = item.form === 'container' ? `:::${item.level}` : item.form === 'page' ? `front matter classification: ${item.level}` : `:${item.level}`;
        const message = driftsFromSource(written, defined.id, item.level, defined.level, placeText(defined.file, defined.place));
        problems.push(formatProblem({...message, place: {line: item.line, column: item.column}}, filePath));
      }
    }
  }
  return problems;
}
