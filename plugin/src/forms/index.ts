/**
 * Every form of the plugin, in one list: the walk hands a node to the first
 * form that claims it (own directives by name and type), the render hands
 * each finding back to its form. Adding a form is adding its module and a
 * line here; the components module, the chunks and the swizzle list follow
 * from model/components.ts, which a test holds against the forms.
 */
import {isOwnName, PLUGIN_NAME} from '../model/names';
import {collect as walk, formSet} from '../read/collect/walk';
import {PAGE_COMPONENTS, type FormRenderer} from '../render/render';
import {badgeForm} from './badge';
import {changesForm} from './changes';
import {containerForm} from './container';
import {headingForm} from './heading';
import {listForm} from './list';
import {matrixForm} from './matrix';
import {pageForm} from './page';
import {statementForm} from './statement';
import {tableForm} from './table';
import type {ComponentName} from '../model/components';
import type {Collection, CollectOptions} from '../read/collect/types';
import type {Resolve} from '../site/snapshot';
import type {Root} from 'mdast' with {'resolution-mode': 'import'};

/** In the order they claim: the heading before the inline forms, a statement before a badge. */
export const FORMS = [pageForm, headingForm, containerForm, statementForm, badgeForm, tableForm, listForm, matrixForm, changesForm] as const;

for (const form of FORMS) {
  // The namespace options reserve and the quick check reads (model/names.ts).
  if (form.directive && !isOwnName(form.directive.name)) {
    throw new Error(`${PLUGIN_NAME}: the form "${form.name}" names its directive "${form.directive.name}", outside the plugin's own namespace`);
  }
}

const FORM_SET = formSet(FORMS);

/** Each form's render, by its name. */
export const RENDERERS: ReadonlyMap<string, FormRenderer> = new Map(FORMS.map((form) => [form.name, form]));

/** Each form's answer to what its pages name that only the site can resolve, by its name. */
export const RESOLVERS: ReadonlyMap<string, Resolve> = new Map(FORMS.flatMap((form) => ('resolve' in form && form.resolve ? [[form.name, form.resolve] as const] : [])));

/** The components compiled pages may import: the forms' and the page's (the components module exports them). */
export const IMPORTED_COMPONENTS: readonly ComponentName[] = [...new Set<ComponentName>([...FORMS.flatMap((form) => form.components), ...PAGE_COMPONENTS])];

/** collect() with every form: what the reader indexes and the remark plugin renders. */
export function collect(tree: Root, options: CollectOptions): Promise<Collection> {
  return walk(tree, options, FORM_SET);
}
