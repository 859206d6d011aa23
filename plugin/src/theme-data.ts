/** Data shapes shared by the Node side and the theme components. */
import type {IndexEntry} from './indexing';
import type {Level} from './taxonomy';

export interface KindLabel {
  id: string;
  label: string;
  plural: string;
}

export interface IndexPageData {
  title: string;
  entries: IndexEntry[];
  levels: Level[];
  kinds: KindLabel[];
  includeStable: boolean;
}
