/** @theme-init/DocSidebarItem/Link: theme-classic's sidebar link, which spreads extra props onto its `<a>`. */
import type {ReactNode} from 'react';

interface Props {
  item: {href: string; label: string};
  activePath?: string;
  level?: number;
  index?: number;
  onItemClick?: unknown;
}

export default function DocSidebarItemLink({item, activePath: _activePath, level: _level, index: _index, onItemClick: _onItemClick, ...props}: Props): ReactNode {
  return (
    <li>
      <a href={item.href} {...props}>
        {item.label}
      </a>
    </li>
  );
}
