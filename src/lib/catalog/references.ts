// References between entries, checked the same way by the build and by `npm run check`: a published story may
// only name published people, a published bulletin's contents only published news and stories (once each),
// and no two published issues of a year share a number. Returns the problems; the caller decides to throw.
import { yearOf } from '../dates';

export interface ContentProblem {
  file: string;
  field: string;
  value: string;
  message: string;
}

/** What reference checking needs of an entry: its id, its file and whether it is a draft. */
export interface ReferenceTarget {
  id: string;
  file: string;
  draft: boolean;
}

export interface ReferenceInput {
  news: ReferenceTarget[];
  people: ReferenceTarget[];
  /** Stories whose people are unknown (their frontmatter failed its schema) are targets only. */
  stories: (ReferenceTarget & { people?: string[] | undefined })[];
  bulletins: (ReferenceTarget & { month: string; issue: number; contents: { items: string[] }[] })[];
}

export class ContentIntegrityError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `内容检查发现 ${problems.length} 处引用错误：\n` +
        problems.map((p) => `  ${p.file}  ${p.field}  ${p.value}  ${p.message}`).join('\n'),
    );
    this.name = 'ContentIntegrityError';
  }
}

/** Up to three ids like the one written (newest first, as ids of news and stories start with their date). */
function suggest(id: string, ids: Iterable<string>): string {
  const close = [...ids]
    .sort()
    .reverse()
    .filter((candidate) => candidate.includes(id) || id.includes(candidate) || sharedPrefix(candidate, id) >= 8);
  return close.length ? `相近的有：${close.slice(0, 3).join('、')}` : '';
}
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** Published bulletins in the site's order: newest month first, then the higher issue number. */
export function bulletinOrder(a: { month: string; issue: number }, b: { month: string; issue: number }): number {
  return b.month.localeCompare(a.month) || b.issue - a.issue;
}

export function findReferenceProblems(input: ReferenceInput): ContentProblem[] {
  const published = (list: ReferenceTarget[]) => new Set(list.filter((e) => !e.draft).map((e) => e.id));
  const drafts = (list: ReferenceTarget[]) => new Set(list.filter((e) => e.draft).map((e) => e.id));
  const ids = { news: published(input.news), stories: published(input.stories), people: published(input.people) };
  const draftIds = { news: drafts(input.news), stories: drafts(input.stories), people: drafts(input.people) };
  const problems: ContentProblem[] = [];

  for (const story of input.stories) {
    if (story.draft) continue;
    (story.people ?? []).forEach((id, i) => {
      if (ids.people.has(id)) return;
      problems.push({
        file: story.file,
        field: `people[${i}]`,
        value: `"${id}"`,
        message: draftIds.people.has(id)
          ? '引用的五老典型还是草稿（draft: true），先发布它或去掉这条引用'
          : `找不到这个五老典型（应为 content/people/ 下的文件名）。${suggest(id, ids.people)}`,
      });
    });
  }

  const bulletins = input.bulletins.filter((b) => !b.draft).sort(bulletinOrder);
  for (const bulletin of bulletins) {
    const seen = new Set<string>();
    bulletin.contents.forEach((section, s) =>
      section.items.forEach((ref, i) => {
        const field = `contents[${s}].items[${i}]`;
        const [kind, id = ''] = ref.split('/') as ['news' | 'stories', string];
        if (seen.has(ref)) {
          problems.push({ file: bulletin.file, field, value: `"${ref}"`, message: '同一期目录里重复出现' });
          return;
        }
        seen.add(ref);
        if (ids[kind].has(id)) return;
        problems.push({
          file: bulletin.file,
          field,
          value: `"${ref}"`,
          message: draftIds[kind].has(id)
            ? '引用的稿件还是草稿（draft: true）'
            : `找不到这篇稿件（应为 content/${kind}/ 下的文件名，不带 .md）。${suggest(id, ids[kind])}`,
        });
      }),
    );
  }

  const issueKeys = new Map<string, ReferenceTarget>();
  for (const bulletin of bulletins) {
    const key = `${yearOf(bulletin.month)}-${bulletin.issue}`;
    const other = issueKeys.get(key);
    if (other) {
      problems.push({
        file: bulletin.file,
        field: 'issue',
        value: String(bulletin.issue),
        message: `${yearOf(bulletin.month)}年第${bulletin.issue}期已由 ${other.file} 使用`,
      });
    }
    issueKeys.set(key, bulletin);
  }
  return problems;
}
