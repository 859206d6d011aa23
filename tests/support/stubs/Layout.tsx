/** @theme/Layout: the page around its children (theme-classic's adds the navbar and footer). */
import type {ReactNode} from 'react';

export default function Layout({children}: {children?: ReactNode; title?: string; description?: string}): ReactNode {
  return <div className="layout">{children}</div>;
}
