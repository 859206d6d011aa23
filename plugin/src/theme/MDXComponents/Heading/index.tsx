import React, {type ReactNode} from 'react';
import Heading from '@theme-init/MDXComponents/Heading';
import {InHeading} from '@theme/ClassificationData';
import type {Props} from '@theme/MDXComponents/Heading';

/** Marks links inside headings, which get no link badge. */
export default function MDXHeading(props: Props): ReactNode {
  return (
    <InHeading.Provider value>
      <Heading {...props} />
    </InHeading.Provider>
  );
}
