/** @docusaurus/Translate: the message, its `{placeholders}` filled from `values`, as Docusaurus does without a translation. */
import {Fragment, createElement, type ReactNode} from 'react';

export function translate({message}: {message: string; id?: string; description?: string}, values: Record<string, string> = {}): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** `<Translate values={{name: <Link/>}}>Use {name} instead.</Translate>`: placeholders may be elements. */
export default function Translate({children, values = {}}: {id?: string; description?: string; children: string; values?: Record<string, ReactNode>}): ReactNode {
  const parts = children.split(/(\{\w+\})/).map((part, key) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return createElement(Fragment, {key}, name !== undefined && name in values ? values[name] : part);
  });
  return createElement(Fragment, null, ...parts);
}
