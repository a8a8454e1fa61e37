// npm run bulletin against a small content/ folder in a temporary directory.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { draftBulletin, readBulletinSources } from '@/lib/bulletin/draft';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const newsFile = (id: string, fields: string) => write(`content/news/${id.slice(0, 4)}/${id}.md`, `---\n${fields}\n---\n正文。\n`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bulletin-draft-'));
  write(
    'content/site.yaml',
    [
      'name: 测试关工',
      'fullName: 测试县关心下一代工作委员会',
      'county: 测试县',
      'editingUnit: 测试县关工委办公室',
      'runningNumber: true',
      'url: https://t.example',
    ].join('\n'),
  );
  write(
    'content/townships.yaml',
    '- { id: dongtang, name: 东塘镇, kind: 镇, order: 1, villages: [{ id: hehua, name: 荷花村, kind: 村 }] }\n',
  );
  write('content/people/li-xiuying.md', '---\nname: 李秀英\ncategory: 老教师\ntownship: dongtang\nactiveSince: 2009\n---\n');
  newsFile('2026-10-05-dongtang-a', 'title: 十月的会\ndate: 2026-10-05\ntownship: dongtang');
  newsFile(
    '2026-11-03-dongtang-b',
    'title: 东塘镇关工委召开推进会\ndate: 2026-11-03\ntownship: dongtang\nvillage: hehua\ntopics: [党建带关建]',
  );
  newsFile('2026-11-09-dongtang-c', 'title: 李秀英的假日学校\ndate: 2026-11-09\ntownship: dongtang');
  newsFile('2026-11-12-dongtang-d', 'title: 还在写的稿子\ndate: 2026-11-12\ntownship: dongtang\ndraft: true');
  newsFile('2026-11-15-dongtang-e', 'title: 乡镇写错了\ndate: 2026-11-15\ntownship: nowhere');
  newsFile('2026-11-01-dongtang-f', 'title: 上期已刊\ndate: 2026-11-01\ntownship: dongtang');
  write(
    'content/bulletins/2026-10.md',
    '---\nissue: 10\nrunningNumber: 130\nmonth: 2026-10\ndate: 2026-10-30\neditor: 张海燕\ncontents:\n  - section: 工作动态\n    items: [news/2026-10-05-dongtang-a, news/2026-11-01-dongtang-f]\n---\n编者按。\n',
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run bulletin', () => {
  it('reads items, issues and 五老 names from content/ and validates the items', () => {
    const sources = readBulletinSources(root);
    expect(sources.peopleNames).toEqual(['李秀英']);
    expect(sources.issues).toMatchObject([
      { id: '2026-10', issue: 10, runningNumber: 130, refs: ['news/2026-10-05-dongtang-a', 'news/2026-11-01-dongtang-f'] },
    ]);
    const broken = sources.items.find((i) => i.id === '2026-11-15-dongtang-e')!;
    expect(broken.invalid).toMatch(/township/);
    expect(sources.items.find((i) => i.id === '2026-11-03-dongtang-b')!.place).toBe('东塘镇·荷花村');
  });

  it('writes content/bulletins/<month>.md as a draft with the next numbers and the month’s items by section', () => {
    const result = draftBulletin({ root, month: '2026-11' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.written).toBe(true);
    const text = readFileSync(join(root, 'content/bulletins/2026-11.md'), 'utf8');
    expect(text).toBe(result.text);
    expect(text).toContain('issue: 11\nrunningNumber: 131\nmonth: 2026-11\ndate: 2026-11-30\neditor: 张海燕\ndraft: true\n');
    expect(text).toContain('  - section: 工作动态\n    items:\n      - news/2026-11-03-dongtang-b');
    expect(text).toContain('  - section: 五老风采\n    items:\n      - news/2026-11-09-dongtang-c');
    expect(result.plan.leftOut.map((l) => [l.item.id, l.reason])).toEqual([
      ['2026-11-01-dongtang-f', 'carried'],
      ['2026-11-12-dongtang-d', 'draft'],
      ['2026-11-15-dongtang-e', 'invalid'],
    ]);
    expect(result.plan.warnings.some((w) => w.includes('已刊于2026年第10期'))).toBe(true);
    // Nothing else left behind in the folder.
    expect(readdirSync(join(root, 'content/bulletins')).sort()).toEqual(['2026-10.md', '2026-11.md']);
  });

  it('refuses to touch an issue that exists, leaving the file as it was', () => {
    write('content/bulletins/2026-11.md', 'hand-written');
    const result = draftBulletin({ root, month: '2026-11' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('content/bulletins/2026-11.md');
    expect(readFileSync(join(root, 'content/bulletins/2026-11.md'), 'utf8')).toBe('hand-written');
  });

  it('refuses a month whose issue lives under another file name', () => {
    write(
      'content/bulletins/2026-11-special.mdx',
      '---\nissue: 11\nmonth: 2026-11\ndate: 2026-11-20\neditor: 张海燕\ncontents: [{ section: 工作动态, items: [news/2026-11-03-dongtang-b] }]\n---\n',
    );
    const result = draftBulletin({ root, month: '2026-11' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('2026-11-special.mdx');
  });

  it('writes nothing on a dry run', () => {
    const result = draftBulletin({ root, month: '2026-11', dryRun: true, date: '2026-11-28', editor: '王晓梅' });
    expect(result.ok && result.written).toBe(false);
    expect(result.ok && result.text).toContain('date: 2026-11-28\neditor: 王晓梅\n');
    expect(readdirSync(join(root, 'content/bulletins'))).toEqual(['2026-10.md']);
  });
});

describe('the command', () => {
  const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bulletin.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints the plan, the left-out items and a summary, and writes the draft', { timeout: 60_000 }, () => {
    const done = run('2026-11', '--root', root);
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('期号：2026年第11期（总第131期）');
    expect(done.stdout).toMatch(/【工作动态】\n\s+2026-11-03\s+东塘镇关工委召开推进会/);
    expect(done.stdout).toMatch(/本月没有收入的稿件（3 篇）/);
    expect(done.stderr).toMatch(/⚠ news\/2026-11-01-dongtang-f「上期已刊」已刊于2026年第10期/);
    expect(done.stdout).toContain('已写入 content/bulletins/2026-11.md');
    expect(readFileSync(join(root, 'content/bulletins/2026-11.md'), 'utf8')).toContain('draft: true');
  });

  it('exits non-zero, saying why, when the issue exists, and with usage when the month is missing', { timeout: 60_000 }, () => {
    write('content/bulletins/2026-11.md', 'x');
    const exists = run('2026-11', '--root', root);
    expect(exists.status).toBe(1);
    expect(exists.stderr).toContain('这一期已经存在：content/bulletins/2026-11.md');
    expect(run('--root', root).status).toBe(2);
  });
});
