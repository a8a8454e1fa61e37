// Layout numbers shared by pages.
export const NEWS_PAGE_SIZE = 20;
export const RELATED_COUNT = 4;
