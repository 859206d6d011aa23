import React, {type ReactNode} from 'react';
import {useMDXComponents} from '@mdx-js/react';
import type {Props} from '@theme/ClassificationDisclaimer';

/** The kind's Developer Preview disclaimer: inside a callout, or as a note. */
export default function ClassificationDisclaimer({level, kind, variant = 'inline', children}: Props): ReactNode {
  // The site's admonition, from the MDX provider rather than an import of
  // @theme/Admonition: that import would copy it into every classified page's
  // chunk (it lives in the doc layout's chunk).
  const {admonition: Admonition} = useMDXComponents() as {admonition?: React.ComponentType<Record<string, unknown>>};
  if (variant === 'note' && Admonition) {
    return (
      <Admonition type="note" className="classification-disclaimer" data-classification-kind={kind}>
        {children}
      </Admonition>
    );
  }
  return (
    <div
      className="classification-disclaimer classification-disclaimer--inline"
      data-classification-level={level}
      data-classification-kind={kind}>
      {children}
    </div>
  );
}
