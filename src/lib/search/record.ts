// What an indexable page tells the search indexer about itself (as data-search-* attributes).
import type { PlainDate } from '../dates';
import type { ContentKind } from '../content-kinds';

export interface SearchRecord {
  type: ContentKind;
  title: string;
  /** Absent for profiles, which have no date. */
  date?: PlainDate | undefined;
  /** Township names (Chinese), for the 乡镇/街道 filter. */
  townships: string[];
}
