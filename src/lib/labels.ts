// User-facing words used in more than one place: one table, so the site speaks consistently.
export const SECTION_TITLES = {
  news: '工作动态',
  people: '五老风采',
  stories: '活动纪实',
  townships: '乡镇（街道）',
  topics: '专题',
  archive: '按月浏览',
  search: '搜索',
} as const;

/** 《关工动态》 */
export function bulletinTitle(name: string): string {
  return `《${name}》`;
}
