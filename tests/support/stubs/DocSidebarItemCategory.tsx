/** @theme-init/DocSidebarItem/Category: theme-classic's sidebar category, which spreads extra props onto its link. */
import type {ReactNode} from 'react';

interface Props {
  item: {href?: string; label: string; items: unknown[]};
  activePath?: string;
  level?: number;
  index?: number;
  onItemClick?: unknown;
}

export default function DocSidebarItemCategory({item, activePath: _activePath, level: _level, index: _index, onItemClick: _onItemClick, ...props}: Props): ReactNode {
  return (
    <li>
      <a className={item.href ? 'menu__link menu__link--sublist' : 'menu__link menu__link--sublist menu__link--sublist-caret'} href={item.href} {...props}>
        {item.label}
      </a>
    </li>
  );
}
