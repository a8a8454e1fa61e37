// How an issue of 《关工动态》 is named: one wording for masthead, cards, feeds, share cards and PDF names.
import type { BulletinData } from '../catalog/catalog';

/** 第11期 · 总第131期 */
export function issueLabel(data: Pick<BulletinData, 'issue' | 'runningNumber'>, withRunning: boolean): string {
  return withRunning && data.runningNumber ? `第${data.issue}期（总第${data.runningNumber}期）` : `第${data.issue}期`;
}

/** 2026年第10期（总第130期）: the issue with its year, as the masthead, cards, feeds and share cards name it. */
export function issueLine(data: Pick<BulletinData, 'issue' | 'runningNumber'> & { month: string }, withRunning: boolean): string {
  return `${data.month.slice(0, 4)}年${issueLabel(data, withRunning)}`;
}
