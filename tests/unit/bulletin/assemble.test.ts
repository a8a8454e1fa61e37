import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  assembleBulletin,
  renderBulletinDraft,
  sectionFor,
  type AssembleInput,
  type BulletinPlan,
  type CandidateItem,
  type ExistingIssue,
} from '@/lib/bulletin/assemble';
import { splitFrontmatter } from '@/lib/content/frontmatter';
import { bulletinSchema } from '@/lib/schema';
import { DEFAULT_BULLETIN_SECTIONS, parseSiteConfig } from '@/lib/site-settings';

const settings: AssembleInput['settings'] = {
  bulletinName: '关工动态',
  runningNumber: true,
  numberingRestartsEachYear: true,
  bulletinSections: DEFAULT_BULLETIN_SECTIONS,
};

const news = (id: string, date: string, extra: Partial<CandidateItem> = {}): CandidateItem => ({
  collection: 'news',
  id,
  file: `content/news/${date.slice(0, 4)}/${id}.md`,
  title: `标题${id}`,
  date,
  topics: [],
  draft: false,
  ...extra,
});
const story = (id: string, date: string, extra: Partial<CandidateItem> = {}): CandidateItem => ({
  ...news(id, date, extra),
  collection: 'stories',
  file: `content/stories/${id}/index.md`,
  ...extra,
});
const issue = (month: string, number: number, extra: Partial<ExistingIssue> = {}): ExistingIssue => ({
  id: month,
  file: `content/bulletins/${month}.md`,
  month,
  issue: number,
  editor: '王晓梅',
  draft: false,
  refs: [],
  ...extra,
});

function plan(input: Partial<AssembleInput>): BulletinPlan {
  const result = assembleBulletin({
    month: '2026-11',
    settings,
    items: [news('a', '2026-11-03')],
    issues: [issue('2026-10', 10, { runningNumber: 130 })],
    peopleNames: [],
    ...input,
  });
  if (!result.ok) throw new Error(`expected a plan, got: ${result.error.message}`);
  return result.plan;
}
function refusal(input: Partial<AssembleInput>) {
  const result = assembleBulletin({
    month: '2026-11',
    settings,
    items: [news('a', '2026-11-03')],
    issues: [],
    peopleNames: [],
    editor: '王晓梅',
    ...input,
  });
  if (result.ok) throw new Error('expected the assembler to refuse');
  return result.error;
}
const refsOf = (p: BulletinPlan) => p.sections.map((s) => [s.section, s.items.map((i) => i.id)]);

describe('numbering the next issue', () => {
  it('takes the number after the last issue of the same year and the next running number', () => {
    const p = plan({ issues: [issue('2026-09', 9, { runningNumber: 129 }), issue('2026-10', 10, { runningNumber: 130 })] });
    expect(p).toMatchObject({ issue: 11, runningNumber: 131, title: '2026年第11期', month: '2026-11' });
  });

  it('restarts at 第1期 in January when site.yaml says numbering restarts each year, while 总第M期 runs on', () => {
    const p = plan({
      month: '2027-01',
      items: [news('a', '2027-01-05')],
      issues: [issue('2026-11', 11, { runningNumber: 131 }), issue('2026-12', 12, { runningNumber: 132 })],
    });
    expect(p).toMatchObject({ issue: 1, runningNumber: 133, title: '2027年第1期' });
  });

  it('keeps counting across years when numbering does not restart', () => {
    const p = plan({
      month: '2027-01',
      settings: { ...settings, numberingRestartsEachYear: false },
      items: [news('a', '2027-01-05')],
      issues: [issue('2026-12', 36, { runningNumber: 132 })],
    });
    expect(p.issue).toBe(37);
  });

  it('leaves out 总第M期 when the site does not use running numbers', () => {
    const p = plan({ settings: { ...settings, runningNumber: false } });
    expect(p.runningNumber).toBeUndefined();
    expect(renderBulletinDraft(p, settings, 'npm run bulletin -- 2026-11')).not.toContain('runningNumber');
  });

  it('starts at 第1期 / 总第1期 for the very first issue, with the editor given on the command line', () => {
    const p = plan({ issues: [], editor: '李新' });
    expect(p).toMatchObject({ issue: 1, runningNumber: 1, editor: '李新' });
  });

  it('counts draft issues too, so drafting two months ahead numbers them in sequence', () => {
    const p = plan({
      month: '2026-12',
      items: [news('a', '2026-12-03')],
      issues: [issue('2026-10', 10, { runningNumber: 130 }), issue('2026-11', 11, { runningNumber: 131, draft: true })],
    });
    expect(p).toMatchObject({ issue: 12, runningNumber: 132 });
  });

  it('warns about a skipped month and about an issue number already used by a later issue', () => {
    const p = plan({
      issues: [issue('2026-09', 9, { runningNumber: 129 }), issue('2026-12', 10, { runningNumber: 131 })],
    });
    expect(p.issue).toBe(10);
    expect(p.warnings.join('\n')).toMatch(/2026年9月.*中间的月份没有出刊/);
    expect(p.warnings.join('\n')).toMatch(/2026年第10期这个期号已由 content\/bulletins\/2026-12\.md 使用/);
  });

  it('dates the issue on the last day of the month unless told otherwise, and keeps the previous editor', () => {
    expect(plan({})).toMatchObject({ date: '2026-11-30', editor: '王晓梅' });
    expect(plan({ month: '2028-02', items: [news('a', '2028-02-01')] }).date).toBe('2028-02-29');
    expect(plan({ date: '2026-11-27', editor: '张海燕' })).toMatchObject({ date: '2026-11-27', editor: '张海燕' });
  });
});

describe('refusing', () => {
  it('refuses to draft an issue for a month that already has one, naming its file', () => {
    const error = refusal({ issues: [issue('2026-11', 11, { file: 'content/bulletins/2026-11-special.md', draft: true })] });
    expect(error.message).toContain('content/bulletins/2026-11-special.md');
    expect(error.hint).toMatch(/不会覆盖/);
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(refusal({ month: '2026-13' }).field).toBe('month');
    expect(refusal({ month: '2026/11' }).hint).toMatch(/YYYY-MM/);
  });

  it('refuses when the month has nothing that can go in, listing what it left out', () => {
    const error = refusal({ items: [news('d', '2026-11-03', { draft: true })] });
    expect(error.field).toBe('contents');
    expect(error.leftOut?.map((l) => l.reason)).toEqual(['draft']);
    expect(refusal({ items: [news('old', '2026-10-03')] }).message).toMatch(/没有已发布的/);
  });

  it('refuses without an editor when there is no earlier issue to copy one from', () => {
    expect(refusal({ editor: undefined }).field).toBe('editor');
  });
});

describe('choosing and grouping the month’s items', () => {
  const people = ['刘振华', '李秀英'];
  const items = [
    news('late-meeting', '2026-11-20', { topics: ['党建带关建'] }),
    news('early-school', '2026-11-02', { topics: ['安全教育'] }),
    news('profile', '2026-11-06', { title: '刘振华的“周五科学课”开到第100节' }),
    news('both', '2026-11-04', { title: '李秀英参加“五好”创建观摩', topics: ['五好基层关工委'] }),
    news('same-day-b', '2026-11-10'),
    news('same-day-a', '2026-11-10'),
    story('camp', '2026-11-15'),
    news('last-month', '2026-10-30'),
    news('next-month', '2026-12-01'),
  ];

  it('puts each item in the first section whose rule matches, catch-all sections last, each in date order', () => {
    const p = plan({ items, peopleNames: people });
    expect(refsOf(p)).toEqual([
      ['工作动态', ['both', 'late-meeting']],
      ['基层风采', ['early-school', 'same-day-a', 'same-day-b']],
      ['五老风采', ['profile']],
      ['活动纪实', ['camp']],
    ]);
  });

  it('follows the sections configured in site.yaml, in their order, dropping empty ones', () => {
    const config = parseSiteConfig({
      name: 'x',
      fullName: 'x',
      county: 'x',
      editingUnit: 'x',
      url: 'https://x.example',
      bulletinSections: [
        { name: '活动纪实', collection: 'stories' },
        { name: '安全教育', topics: ['安全教育'] },
        '综合信息',
        { name: '空栏目', topics: ['没有的专题'] },
      ],
    });
    const p = plan({ items, peopleNames: people, settings: { ...settings, bulletinSections: config.bulletinSections } });
    expect(refsOf(p)).toEqual([
      ['活动纪实', ['camp']],
      ['安全教育', ['early-school']],
      ['综合信息', ['both', 'profile', 'same-day-a', 'same-day-b', 'late-meeting']],
    ]);
  });

  it('matches topics and 五老 names as configured', () => {
    const rules = DEFAULT_BULLETIN_SECTIONS;
    expect(sectionFor(news('x', '2026-11-01', { topics: ['党建带关建'] }), rules, people)?.name).toBe('工作动态');
    expect(sectionFor(news('x', '2026-11-01', { title: '李秀英的假日学校' }), rules, people)?.name).toBe('五老风采');
    expect(sectionFor(news('x', '2026-11-01', { title: '李秀英的假日学校' }), rules, [])?.name).toBe('基层风采');
    expect(
      sectionFor(
        story('x', '2026-11-01'),
        rules.filter((r) => r.collection === 'news'),
        people,
      ),
    ).toBeUndefined();
  });

  it('leaves out drafts, items already carried by an earlier issue (with a warning) and items no section takes', () => {
    const p = plan({
      settings: { ...settings, bulletinSections: DEFAULT_BULLETIN_SECTIONS.filter((s) => s.collection === 'news') },
      items: [
        news('kept', '2026-11-03'),
        news('draft', '2026-11-04', { draft: true }),
        news('carried', '2026-11-01'),
        story('camp', '2026-11-15'),
      ],
      issues: [issue('2026-10', 10, { runningNumber: 130, refs: ['news/carried'] })],
    });
    expect(refsOf(p)).toEqual([['基层风采', ['kept']]]);
    expect(p.leftOut.map((l) => [l.item.id, l.reason])).toEqual([
      ['carried', 'carried'],
      ['draft', 'draft'],
      ['camp', 'no-section'],
    ]);
    expect(p.leftOut[0]!.detail).toBe('已刊于2026年第10期（content/bulletins/2026-10.md）');
    expect(p.warnings).toContain('news/carried「标题carried」已刊于2026年第10期（content/bulletins/2026-10.md），本期没有收入');
    expect(p.leftOut[2]!.detail).toMatch(/collection: stories/);
  });

  it('leaves out an item whose frontmatter is broken, saying what is wrong', () => {
    const p = plan({ items: [news('kept', '2026-11-03'), news('broken', '2026-11-05', { invalid: 'township：未知的乡镇' })] });
    expect(p.leftOut).toMatchObject([{ reason: 'invalid', detail: expect.stringContaining('未知的乡镇') }]);
  });

  it('points out last month’s items that no issue carried', () => {
    const p = plan({
      items: [news('kept', '2026-11-03'), news('late', '2026-10-31'), news('carried', '2026-10-02'), news('old', '2026-09-30')],
      issues: [issue('2026-10', 10, { runningNumber: 130, refs: ['news/carried'] })],
    });
    expect(p.uncarriedEarlier.map((i) => i.id)).toEqual(['late']);
  });
});

describe('the draft file', () => {
  const p = plan({
    items: [
      news('b', '2026-11-09', { title: '标题：带冒号 # 和井号', place: '东塘镇·荷花村' }),
      news('a', '2026-11-03', { topics: ['党建带关建'] }),
      news('d', '2026-11-04', { draft: true }),
    ],
  });
  const text = renderBulletinDraft(p, settings, 'npm run bulletin -- 2026-11');
  const { data, body } = splitFrontmatter(text);

  it('is a draft issue that passes the bulletin schema the build applies', () => {
    const parsed = bulletinSchema().parse(data);
    expect(parsed).toMatchObject({
      issue: 11,
      runningNumber: 131,
      month: '2026-11',
      date: '2026-11-30',
      editor: '王晓梅',
      draft: true,
      title: '2026年第11期',
    });
    expect(parsed.contents).toEqual([
      { section: '工作动态', items: ['news/a'] },
      { section: '基层风采', items: ['news/b'] },
    ]);
  });

  it('names each item and the left-out ones in comments, and starts an editor’s note to rewrite', () => {
    expect(text).toContain('      - news/b  # 11月9日 东塘镇·荷花村 标题：带冒号 # 和井号');
    expect(text).toMatch(/# 本月没有收入的稿件[^\n]*\n# {3}news\/d .*草稿/);
    expect(body).toMatch(/^（编者按草稿，请改写。）本期收入2026年11月稿件2篇。/);
    expect(body).toContain('基层风采：标题：带冒号 # 和井号。');
    expect(parse(text.split('---')[1]!)).toBeTruthy();
  });
});
