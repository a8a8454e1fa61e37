// Static paths for paginated lists: page 1 at the list's own URL, then /page/2/, /page/3/ ...
import { paginate } from './catalog/lists';

export interface ListPage<T> {
  items: T[];
  current: number;
  total: number;
}

/** Rest-parameter paths: `undefined` for page 1, 'page/N' after it. */
export function listPagePaths<T>(list: T[], pageSize: number): { page: string | undefined; props: ListPage<T> }[] {
  const pages = paginate(list, pageSize);
  return pages.map((items, i) => ({
    page: i === 0 ? undefined : `page/${i + 1}`,
    props: { items, current: i + 1, total: pages.length },
  }));
}
