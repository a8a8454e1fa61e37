import { describe, expect, it } from 'vitest';
import { findReferenceProblems, type ReferenceInput } from '@/lib/catalog/references';

const none: ReferenceInput = { news: [], people: [], stories: [], bulletins: [] };
const entry = (collection: string, id: string, draft = false) => ({ id, file: `content/${collection}/${id}.md`, draft });
const issue = (id: string, issueNo: number, items: string[], draft = false) => ({
  ...entry('bulletins', id, draft),
  month: id,
  issue: issueNo,
  contents: [{ items }],
});

describe('findReferenceProblems', () => {
  it('returns no problems when every reference is published', () => {
    const problems = findReferenceProblems({
      ...none,
      news: [entry('news', '2025-03-01-a')],
      people: [entry('people', 'lixiuying')],
      stories: [{ ...entry('stories', 's'), people: ['lixiuying'] }],
      bulletins: [issue('2025-03', 3, ['news/2025-03-01-a', 'stories/s'])],
    });
    expect(problems).toEqual([]);
  });

  it('returns the problems instead of throwing, naming file, field and value', () => {
    const problems = findReferenceProblems({ ...none, stories: [{ ...entry('stories', 's'), people: ['nobody'] }] });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/stories/s.md', field: 'people[0]', value: '"nobody"' })]);
  });

  it('treats an entry whose frontmatter failed as a target only: its own references are not checked', () => {
    const problems = findReferenceProblems({ ...none, people: [entry('people', 'p')], stories: [entry('stories', 'broken')] });
    expect(problems).toEqual([]);
  });

  it('says a referenced draft is a draft, and skips the references of a draft issue', () => {
    const problems = findReferenceProblems({
      ...none,
      news: [entry('news', 'n', true)],
      bulletins: [issue('2025-03', 3, ['news/n']), issue('2025-04', 4, ['news/missing'], true)],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('草稿');
  });

  it('suggests similar file names, newest first', () => {
    const problems = findReferenceProblems({
      ...none,
      news: [entry('news', '2025-03-01-dongtang-a'), entry('news', '2025-03-02-dongtang-a')],
      bulletins: [issue('2025-03', 3, ['news/2025-03-0-dongtang-a'])],
    });
    expect(problems[0]!.message).toContain('相近的有：2025-03-02-dongtang-a、2025-03-01-dongtang-a');
  });

  it('refuses two published issues of one year with the same number, naming the other file', () => {
    const problems = findReferenceProblems({ ...none, bulletins: [issue('2025-03', 3, []), issue('2025-04', 3, [])] });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/bulletins/2025-03.md', field: 'issue', message: expect.stringContaining('2025-04.md') }),
    ]);
  });
});
