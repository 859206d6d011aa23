import React, {createElement, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useMDXComponents} from '@mdx-js/react';
import disclaimers from '@docusaurus-plugin-classification/disclaimers';
import type {DisclaimerNode} from 'docusaurus-plugin-classification';
import type {Props} from '@theme/ClassificationDisclaimer';

/** hast property names that React spells otherwise: `dataFooBar` is data-foo-bar, `ariaDescribedBy` aria-describedby. */
function propName(name: string): string {
  if (/^data[A-Z]/.test(name)) {
    return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  }
  return /^aria[A-Z]/.test(name) ? `aria-${name.slice(4).toLowerCase()}` : name;
}

/** A disclaimer's nodes as React elements: element names and texts, never HTML strings. */
function render(nodes: DisclaimerNode[]): ReactNode[] {
  return nodes.map((node, key) => {
    if (node.type === 'text') {
      return node.value;
    }
    const props: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(node.properties)) {
      props[propName(name)] = Array.isArray(value) ? value.join(' ') : value;
    }
    const children = node.children.length > 0 ? render(node.children) : undefined;
    // Links as in Markdown pages: the site's baseUrl, client-side navigation, external links marked.
    return node.tagName === 'a' ? (
      <Link key={key} {...props}>
        {children}
      </Link>
    ) : (
      createElement(node.tagName, {...props, key}, children)
    );
  });
}

/**
 * The kind's Developer Preview disclaimer: inside a preview callout or
 * banner, or as a note above a level table. The text comes from the
 * plugin's options (translated per locale); `children` replace it.
 */
export default function ClassificationDisclaimer({level, kind, variant = 'inline', pluginId = 'default', noticeAt, children}: Props): ReactNode {
  // The site's admonition, from the MDX provider rather than an import of
  // @theme/Admonition: that import would copy it into every classified page's
  // chunk (it lives in the doc layout's chunk). Docusaurus 3 names it
  // `admonition`; a site (or a Docusaurus) whose `:::note` compiles to the
  // `Admonition` MDX component provides that name.
  const components = useMDXComponents() as Record<string, React.ComponentType<Record<string, unknown>> | undefined>;
  const Admonition = components.admonition ?? components.Admonition;
  const data = disclaimers[pluginId];
  // A level table's note is the kind's disclaimer; a callout's or banner's, its kind and level's notice.
  const number = variant === 'note' ? data?.tables[kind] : level === undefined ? undefined : data?.notices[kind]?.[level];
  const text = number === undefined ? undefined : data?.texts[number];
  if (children === undefined && !text) {
    return null;
  }
  if (children === undefined && noticeAt !== undefined && variant === 'inline') {
    // `notices: 'first'`: the page's first item of this kind and level shows it in full.
    return (
      <p className="classification-disclaimer classification-disclaimer--see-above" data-classification-level={level} data-classification-kind={kind}>
        <Link to={`#${noticeAt}`}>
          {translate({id: 'classification.notice.above', message: 'See the notice above.', description: "A later item's link to the same notice, shown in full on the page's first item"})}
        </Link>
      </p>
    );
  }
  const content = children ?? render(text!);
  if (variant === 'note' && Admonition) {
    return (
      <Admonition type="note" className="classification-disclaimer" data-classification-kind={kind}>
        {content}
      </Admonition>
    );
  }
  return (
    <div
      className="classification-disclaimer classification-disclaimer--inline"
      data-classification-level={level}
      data-classification-kind={kind}>
      {content}
    </div>
  );
}
