import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/check';
import { nextIssueNumbers } from '@/lib/bulletin/assemble';
import { draftBulletin } from '@/lib/bulletin/draft';
import { loadScaffoldContext, planScaffold, type NewOptions } from '@/lib/scaffold/scaffold';
import { runScript, tempSite, type TempSite } from '../../fixtures/temp-site';

const sites: TempSite[] = [];
function site(): TempSite {
  const s = tempSite('ggw-new-');
  sites.push(s);
  return s;
}
afterEach(() => sites.splice(0).forEach((s) => s.remove()));
const TODAY = '2026-11-22';
const plan = (s: TempSite, options: NewOptions) => planScaffold(options, loadScaffoldContext(s.root, TODAY));

describe('bulletin numbering', () => {
  const issues = [
    { file: 'a', month: '2025-11', issue: 11, runningNumber: 131 },
    { file: 'b', month: '2025-12', issue: 12, runningNumber: 132 },
  ];
  it('restarts 第N期 each January and counts 总第M期 on', () => {
    expect(nextIssueNumbers(issues, '2026-01', { numberingRestartsEachYear: true, runningNumber: true })).toEqual({
      issue: 1,
      runningNumber: 133,
    });
    expect(nextIssueNumbers(issues, '2026-01', { numberingRestartsEachYear: false, runningNumber: false })).toEqual({ issue: 13 });
  });
  it('continues the year, and starts at 1 for a first issue', () => {
    expect(nextIssueNumbers(issues, '2025-12', { numberingRestartsEachYear: true, runningNumber: true })).toEqual({
      issue: 12,
      runningNumber: 132,
    });
    expect(nextIssueNumbers([], '2025-03', { numberingRestartsEachYear: true, runningNumber: true })).toEqual({
      issue: 1,
      runningNumber: 1,
    });
  });
  it('leaves 总第M期 open when earlier issues never had one', () => {
    expect(nextIssueNumbers([{ month: '2025-01', issue: 1 }], '2025-02', { numberingRestartsEachYear: true, runningNumber: true })).toEqual(
      { issue: 2, runningNumber: undefined },
    );
  });
});

describe('skeletons', () => {
  it('creates each type in the right folder, as a draft that passes the check', () => {
    const s = site();
    const made = [
      plan(s, { type: 'news', title: '东塘镇关工委召开冬季留守儿童关爱推进会', township: 'dongtang', village: 'hehua' }),
      plan(s, { type: 'story', title: '荷花村假日学校的二十天', township: 'dongtang', date: '2025-07-10' }),
      plan(s, { type: 'person', title: '李秀英', township: 'dongtang', category: '老教师', activeSince: '2009' }),
    ];
    const files = made.map((p) => {
      if (!p.ok) throw new Error(p.errors.join());
      s.write(p.file, p.text);
      return p.file;
    });
    expect(files).toEqual([
      'content/news/2026/2026-11-22-dongtang-dongji-liushou.md',
      'content/stories/2025-07-dongtang-jiari-xuexiao/index.md',
      'content/people/li-xiuying.md',
    ]);
    const news = readFileSync(join(s.root, files[0]!), 'utf8');
    expect(news).toMatch(
      /^---\ntitle: 东塘镇关工委召开冬季留守儿童关爱推进会\ndate: 2026-11-22\ntownship: dongtang\nvillage: hehua\n# author:/,
    );
    expect(news).toContain('draft: true');
    const report = checkContent({ root: s.root, today: TODAY });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('names what is missing instead of guessing, and rejects unknown places', () => {
    const s = site();
    const missing = plan(s, { type: 'person', name: '王秀兰' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.missing.map((m) => m.flag)).toEqual(['--township', '--category', '--active-since']);
    const wrong = plan(s, { type: 'news', title: 'x', township: 'dongtang', village: 'renmin' });
    expect(!wrong.ok && wrong.errors[0]).toContain('不属于东塘镇');
  });

  it("drafts the next bulletin exactly as npm run bulletin does: numbers, the month's uncarried items, the editor", () => {
    const s = site();
    s.write(
      'content/bulletins/2026-10.md',
      '---\nissue: 10\nrunningNumber: 130\nmonth: 2026-10\ndate: 2026-10-30\neditor: 张海燕\ncontents:\n  - section: 工作动态\n    items: [news/2026-10-27-a]\n---\n',
    );
    s.write('content/news/2026/2026-10-27-a.md', '---\ntitle: 甲\ndate: 2026-10-27\ntownship: hekou\n---\n正文。\n');
    s.write('content/news/2026/2026-11-06-b.md', '---\ntitle: 乙\ndate: 2026-11-06\ntownship: hekou\n---\n正文。\n');
    const p = plan(s, { type: 'bulletin' });
    if (!p.ok) throw new Error(p.errors.join());
    expect(p.file).toBe('content/bulletins/2026-11.md');
    expect(p.text).toContain('issue: 11\nrunningNumber: 131\nmonth: 2026-11\ndate: 2026-11-30\neditor: 张海燕\ndraft: true\n');
    expect(p.text).toContain('      - news/2026-11-06-b');
    expect(p.text).not.toContain('news/2026-10-27-a');
    // One way to draft an issue: the same text as npm run bulletin, apart from the command it names.
    const same = draftBulletin({ root: s.root, month: '2026-11', dryRun: true });
    expect(same.ok && same.text.replace('npm run bulletin -- 2026-11', 'npm run new -- bulletin --month 2026-11')).toBe(p.text);
    s.write(p.file, p.text);
    expect(checkContent({ root: s.root, today: TODAY }).errors).toBe(0);
    const again = plan(s, { type: 'bulletin' });
    expect(!again.ok && again.errors[0]).toContain('一期已经存在');
  });

  it('asks for the editor when no earlier issue names one', () => {
    const s = site();
    s.write('content/news/2026/2026-11-06-b.md', '---\ntitle: 乙\ndate: 2026-11-06\ntownship: hekou\n---\n正文。\n');
    const p = plan(s, { type: 'bulletin', month: '2026-11' });
    expect(!p.ok && p.missing.map((m) => m.flag)).toEqual(['--editor']);
    const given = plan(s, { type: 'bulletin', month: '2026-11', editor: '王晓梅' });
    expect(given.ok && given.text).toContain('editor: 王晓梅');
    // A date the other types accept (2026-11-5) is accepted here too, written out in full.
    const loose = plan(s, { type: 'bulletin', month: '2026-11', editor: '王晓梅', date: '2026-11-5' });
    expect(loose.ok && loose.text).toContain('date: 2026-11-05');
    // With nothing published that month there is nothing to draft, as with npm run bulletin.
    const empty = plan(s, { type: 'bulletin', month: '2026-10', editor: '王晓梅' });
    expect(!empty.ok && empty.errors[0]).toContain('没有可以编入的稿件');
  });
});

describe('npm run new', () => {
  it('creates the file, refuses to overwrite it, and without a terminal names the missing flags', { timeout: 60_000 }, async () => {
    const s = site();
    const args = ['news', '--title', '河口镇关工委开展红色宣讲', '--township', 'hekou', '--date', '2026-11-20', '--root', s.root];
    const created = await runScript('new.ts', args);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('已创建 content/news/2026/2026-11-20-hekou-hongse-xuanjiang.md');
    const path = join(s.root, 'content/news/2026/2026-11-20-hekou-hongse-xuanjiang.md');
    const text = readFileSync(path, 'utf8');

    const again = await runScript('new.ts', args);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('不会覆盖');
    expect(readFileSync(path, 'utf8')).toBe(text);

    const missing = await runScript('new.ts', ['story', '--title', '寒假书法课', '--root', s.root]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('缺少必填项：--township');
    expect(s.files().filter((f) => f.startsWith('content/stories'))).toEqual([]);
  });
});
