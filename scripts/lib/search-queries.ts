// The search benchmark's queries (npm run bench:search), kept apart so tests can check them against the
// content they are meant for: every query finds something there, except the one that must find nothing.

/** Run before a measured "next search" (not in the query lists, so it never preloads their answer). */
export const WARM_QUERY = '会议';
/** The search page's unmeasured first task in a new browser. */
export const WARMUP_QUERY = '工作';
/** A word that is nowhere, in either county: the empty answer is measured too. */
export const NO_MATCH_QUERY = '火星探测';
/** Queries for the demo county (present in its content, in Simplified and Traditional forms). */
export const DEMO_QUERIES = [
  '李秀英',
  '留守儿童',
  '留守兒童',
  '红军桥',
  '紅軍橋',
  '关工委',
  '關工委',
  '校外教育辅导站',
  '辅导站',
  '輔導站',
  '假日学校',
  '五老',
  '荷花村',
  '防溺水',
  '四点钟学校',
  '2025年',
  '２０２５年',
  '站',
  '李',
  '赵春山',
  '红色 宣讲',
  '留守儿童 暑假',
  '关心下一代',
  '法治教育',
  NO_MATCH_QUERY,
];
/**
 * Queries for the synthetic county (scripts/lib/county/): names, places (五老峰 holds the word 五老), a
 * township's 关工委, Simplified and Traditional, both widths, Latin letters, single characters, several words.
 */
export const CORPUS_QUERIES = [
  '关工委',
  '關工委',
  '留守儿童',
  '留守兒童',
  '校外教育辅导站',
  '辅导站',
  '輔導站',
  '五老峰',
  '鹤城',
  '鶴城',
  '红军桥',
  '紅軍橋',
  '李秀英',
  '2025年',
  '２０２５年',
  '2025年11月',
  'AI',
  'ai',
  '站',
  '李',
  '青山镇关工委',
  '网吧义务监督',
  '心理健康',
  '焦裕禄',
  '留守儿童 防溺水',
  '红色教育 五老',
  '荷花村',
  NO_MATCH_QUERY,
];
