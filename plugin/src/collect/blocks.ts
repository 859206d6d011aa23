/** `::classification-table`, `::classification-list`, `::classification-matrix`: blocks generated from the taxonomy and the index. */
import {findKind} from '../taxonomy';
import {ATTRIBUTES, DIRECTIVE} from '../vocabulary';
import {directiveSubject, missingValue, needsTwoColons, notAForm, unknownValue} from './messages';
import {checkAttributes, checkKnown, pointOf, stringAttributes, written} from './validate';
import type {Context} from './context';
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export function visitLeaf(context: Context, node: LeafDirective): void {
  const attributes = stringAttributes(node);
  const at = pointOf(node);
  const name = written(node);
  const subject = directiveSubject(name);
  const {collection} = context;
  if (node.name === DIRECTIVE.table) {
    const valid = checkAttributes(context, subject, node, attributes, ATTRIBUTES.table, at);
    const kind = attributes.kind === undefined ? undefined : findKind(context.taxonomy, attributes.kind);
    if (!kind) {
      context.report(
        attributes.kind === undefined
          ? missingValue('kind', context.kindNames, subject)
          : unknownValue('kind', attributes.kind, context.kindNames, subject),
        at,
      );
      return;
    }
    if (valid) {
      collection.tables.push({node, kind, disclaimer: attributes.disclaimer !== undefined});
    }
    return;
  }
  if (node.name === DIRECTIVE.list) {
    let valid = checkAttributes(context, subject, node, attributes, ATTRIBUTES.list, at);
    valid = checkKnown(context, 'kind', attributes.kind, subject, at) && valid;
    valid = checkKnown(context, 'level', attributes.level, subject, at) && valid;
    if (valid) {
      collection.lists.push({node, kind: attributes.kind, level: attributes.level});
    }
    return;
  }
  if (node.name === DIRECTIVE.matrix) {
    let valid = checkAttributes(context, subject, node, attributes, ATTRIBUTES.matrix, at);
    valid = checkKnown(context, 'kind', attributes.kind, subject, at) && valid;
    if (valid) {
      collection.matrices.push({node, kind: attributes.kind});
    }
    return;
  }
  context.report(notAForm(name, node.name), at);
}

/** A table, list or matrix written with one or three colons. */
export function misplaced(context: Context, node: ContainerDirective | TextDirective): void {
  context.report(needsTwoColons(written(node), node.name), pointOf(node));
}
