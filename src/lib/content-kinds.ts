// The four kinds of content, in the order the site lists them, and their names: defined once for pages,
// feeds, checks and search.

export const CONTENT_KINDS = ['news', 'people', 'stories', 'bulletins'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const KIND_LABELS: Readonly<Record<ContentKind, string>> = {
  news: '新闻',
  people: '五老典型',
  stories: '活动纪实',
  bulletins: '关工动态',
};

/** A kind named on its own, as a search result's type: the bulletin's name in book-title marks. */
export const KIND_DISPLAY_LABELS: Readonly<Record<ContentKind, string>> = { ...KIND_LABELS, bulletins: '《关工动态》' };

export function isContentKind(value: string): value is ContentKind {
  return (CONTENT_KINDS as readonly string[]).includes(value);
}
