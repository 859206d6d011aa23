/** @docusaurus/Link: an `<a>` to `to` (or `href`) with the other props, as it renders on the server for internal links. */
import type {AnchorHTMLAttributes, ReactNode} from 'react';

export default function Link({to, href, ...props}: AnchorHTMLAttributes<HTMLAnchorElement> & {to?: string}): ReactNode {
  return <a href={to ?? href} {...props} />;
}
