/**
 * A module of the site's own (`{module: './status.mjs'}`) as registry items:
 * its default export is the items, or a function (sync or async) given
 * `{taxonomy}` that returns them: an array of `{id, title, kind, level, …}`,
 * or an object of items by id, with the registry's keys. It is run when the
 * plugin reads the registry (each build, each change under `docusaurus
 * start`); what it returned is kept by its text's hash for the reads that
 * cannot wait for it (a page's compile).
 */
import {pathToFileURL} from 'node:url';
import {moduleFailed, sourceItemWithoutId} from '../../../model/messages';
import {hashText} from '../../cache';
import {setModuleOutput} from './module-state';
import {pointerSegment, sourceProblem, type SourceEntry, type SourceItems} from './document';
import type {RegistrySource} from '../../../model/sources';
import type {Taxonomy} from '../../../model/taxonomy';

/** What each module gave when it last ran, by its path. */
const evaluated = new Map<string, SourceItems>();

const failed = (detail: string): SourceItems => ({entries: [], problems: [sourceProblem(moduleFailed(detail), undefined)]});

/**
 * Runs the module and keeps what it gave, with its hash (module-state.ts).
 * A changed module is imported anew; its function runs at every read, so
 * files it reads itself are read again (modules it imports stay as Node
 * first loaded them, until the process restarts).
 */
export async function runModule(source: RegistrySource, text: string, taxonomy: Taxonomy): Promise<void> {
  const hash = hashText(text);
  let items: SourceItems;
  try {
    // The hash in the URL: a changed module is imported anew, not from the loader's cache.
    const exports = (await import(`${pathToFileURL(source.path).href}?v=${hash}`)) as {default?: unknown};
    const given = exports.default ?? exports;
    const value: unknown = typeof given === 'function' ? await (given as (context: {taxonomy: Taxonomy}) => unknown)({taxonomy}) : given;
    items = entriesOf(value);
  } catch (error) {
    items = failed(error instanceof Error ? error.message : String(error));
  }
  evaluated.set(source.path, items);
  setModuleOutput(source.path, hashText(JSON.stringify(items)));
}

/** What the module gave when last run (runModule). */
export function moduleItems(source: RegistrySource): SourceItems {
  return evaluated.get(source.path) ?? failed('it has not been run yet');
}

function entriesOf(value: unknown): SourceItems {
  const problems: SourceItems['problems'] = [];
  const entries: SourceEntry[] = [];
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      const {id, ...fields} = (item ?? {}) as Record<string, unknown>;
      if (typeof id !== 'string' || id === '') {
        problems.push(sourceProblem(sourceItemWithoutId(`item ${index}`), {pointer: `/${index}`}));
      } else {
        entries.push({id, fields, place: {pointer: `/${index}`}});
      }
    });
    return {entries, problems};
  }
  if (value !== null && typeof value === 'object') {
    for (const [id, fields] of Object.entries(value)) {
      entries.push({id, fields: fields as Record<string, unknown>, place: {pointer: `/${pointerSegment(id)}`}});
    }
    return {entries, problems};
  }
  return failed(`it gave ${value === null ? 'null' : typeof value}, not items`);
}
