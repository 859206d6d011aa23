/** @theme/Heading: the heading element `as` names, with its props (theme-classic's adds an anchor link). */
import {createElement, type HTMLAttributes, type ReactNode} from 'react';

export default function Heading({as, ...props}: HTMLAttributes<HTMLHeadingElement> & {as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'}): ReactNode {
  return createElement(as, props);
}
