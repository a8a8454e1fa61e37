// End to end: `npx tsx scripts/import.ts` as a child process against a temporary site.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, runScript, tempSite, type TempSite } from '../../fixtures/temp-site';

const sites: TempSite[] = [];
function site(): TempSite {
  const s = tempSite('ggw-import-cli-');
  sites.push(s);
  return s;
}
afterEach(() => sites.splice(0).forEach((s) => s.remove()));

const noTempFiles = (s: TempSite) => expect(s.files().filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe('npm run import', () => {
  it(
    'says in Chinese what is wrong with the call, with the usage, exit 2; --help prints the usage, exit 0',
    { timeout: 60_000 },
    async () => {
      const s = site();
      const none = await runScript('import.ts', ['--root', s.root]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('请写上要导入的文件或文件夹');
      expect(none.stderr).toContain('用法：npm run import');
      const badType = await runScript('import.ts', [join(FIXTURES, 'gbk-report.txt'), '--type', 'poem', '--root', s.root]);
      expect(badType.code).toBe(2);
      expect(badType.stderr).toContain('--type 只能是 news、story、person，收到 "poem"');
      const unknown = await runScript('import.ts', [join(FIXTURES, 'gbk-report.txt'), '--wirte', '--root', s.root]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('不认识的选项 --wirte');
      const help = await runScript('import.ts', ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--to-simplified');
    },
  );
  it('without --write writes nothing and prints what it would create, for a whole folder with progress', { timeout: 60_000 }, async () => {
    const s = site();
    const before = s.files();
    const result = await runScript('import.ts', [FIXTURES, '--root', s.root]);
    expect(result.code).toBe(0);
    expect(s.files()).toEqual(before);
    expect(result.stdout).toContain('将写入  content/news/2023/2023-07-19-dongtang-shuqi-fangni.md');
    expect(result.stdout).toContain('预览：没有写入任何文件');
    expect(result.stderr).toMatch(/\[1\/6\] .*gbk-report\.txt/);
    expect(result.stderr).toMatch(/\[6\/6\] .*wechat-paste\.txt/);
  });

  it('--json prints one record per input in the documented shape', { timeout: 60_000 }, async () => {
    const s = site();
    const result = await runScript('import.ts', [
      join(FIXTURES, 'gbk-report.txt'),
      join(FIXTURES, 'mojibake.txt'),
      '--json',
      '--root',
      s.root,
    ]);
    const records = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect(Object.keys(r)).toEqual([
        'source',
        'type',
        'title',
        'date',
        'township',
        'author',
        'body',
        'warnings',
        'dropped',
        'status',
        'path',
        'draft',
        'reasons',
      ]);
    }
    expect(records[0]).toMatchObject({
      type: 'news',
      title: '青山镇关工委召开助学帮扶工作推进会',
      date: '2016-08-30',
      township: 'qingshan',
      author: null,
    });
    expect(records[0]).toMatchObject({
      status: 'preview',
      path: 'content/news/2016/2016-08-30-qingshan-zhuxue-bangfu.md',
      draft: true,
      reasons: [],
    });
    expect(records[1]).toMatchObject({ status: 'preview', draft: true });
    expect((records[1]!['reasons'] as string[]).some((w) => w.startsWith('疑似乱码'))).toBe(true);
    expect((records[1]!['warnings'] as string[]).some((w) => w.startsWith('疑似乱码'))).toBe(true);
  });

  it(
    '--write writes entries and photos, prints a summary, and never overwrites: a second run picks free names',
    { timeout: 60_000 },
    async () => {
      const s = site();
      const docx = join(FIXTURES, 'township-report.docx');
      const first = await runScript('import.ts', [docx, join(FIXTURES, 'mojibake.txt'), '--write', '--publish', '--root', s.root]);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/状态\s+文件\s+标题\s+备注/);
      // --publish publishes the clean Word file; the one with mojibake stays a draft with its review notes.
      expect(first.stdout).toContain('合计 2 个文件：写入 1 篇，草稿 1 篇');
      const news = 'content/news/2023/2023-07-19-dongtang-shuqi-fangni.md';
      const written = readFileSync(join(s.root, news), 'utf8');
      expect(written).not.toMatch(/^draft:/m);
      expect(s.files()).toEqual(
        expect.arrayContaining([
          news,
          'content/news/2023/2023-07-19-dongtang-shuqi-fangni.jpg',
          'content/news/2023/2023-07-19-dongtang-shuqi-fangni-img2.jpg',
          'content/news/2023/2023-07-20-liuwan-guanai-liushou.md',
        ]),
      );
      expect(readFileSync(join(s.root, 'content/news/2023/2023-07-20-liuwan-guanai-liushou.md'), 'utf8')).toMatch(
        /draft: true\nreviewNotes:\n {2}- 疑似乱码/,
      );

      const second = await runScript('import.ts', [docx, '--write', '--root', s.root]);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('content/news/2023/2023-07-19-dongtang-shuqi-fangni-2.md');
      expect(readFileSync(join(s.root, news), 'utf8')).toBe(written);
      // The second import is flagged as a likely duplicate of the first.
      expect(readFileSync(join(s.root, 'content/news/2023/2023-07-19-dongtang-shuqi-fangni-2.md'), 'utf8')).toContain('可能与已有稿件重复');
      noTempFiles(s);
    },
  );

  it('--no-rename refuses instead of picking another name, and exits non-zero', { timeout: 60_000 }, async () => {
    const s = site();
    s.write('content/news/2016/2016-08-30-qingshan-zhuxue-bangfu.md', 'the editor’s own file');
    const before = s.files();
    const result = await runScript('import.ts', [join(FIXTURES, 'gbk-report.txt'), '--write', '--no-rename', '--root', s.root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('按 --no-rename 的要求没有写入');
    expect(s.files()).toEqual(before);
    expect(readFileSync(join(s.root, 'content/news/2016/2016-08-30-qingshan-zhuxue-bangfu.md'), 'utf8')).toBe('the editor’s own file');
  });

  it('--json says for each file whether it was written or refused, where, and why', { timeout: 60_000 }, async () => {
    const s = site();
    s.write('content/news/2016/2016-08-30-qingshan-zhuxue-bangfu.md', 'the editor’s own file');
    const oldWord = s.write('inbox/旧稿.wps', 'not converted here');
    const result = await runScript('import.ts', [
      join(FIXTURES, 'gbk-report.txt'),
      join(FIXTURES, 'web-page.html'),
      oldWord,
      '--write',
      '--no-rename',
      '--json',
      '--root',
      s.root,
    ]);
    expect(result.code).toBe(1);
    const [taken, written, wps] = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(taken).toMatchObject({ status: 'refused', path: null });
    expect((taken!['reasons'] as string[])[0]).toContain('--no-rename');
    expect(written).toMatchObject({ status: 'written', path: 'content/news/2023/2023-07-19-guihua-wulao-shuqi.md', draft: true });
    expect(s.files()).toContain('content/news/2023/2023-07-19-guihua-wulao-shuqi.md');
    expect(wps).toMatchObject({ status: 'refused', path: null });
    expect((wps!['reasons'] as string[])[0]).toMatch(/WPS 文字（\.wps）.*另存为/);
  });

  it('a file that fails half-way through a batch leaves no partial file; the others are written', { timeout: 60_000 }, async () => {
    const s = site();
    const inbox = join(s.root, 'inbox');
    s.write('inbox/a-broken.docx', 'PK\u0003\u0004 this is not really a Word file');
    copyFileSync(join(FIXTURES, 'gbk-report.txt'), join(inbox, 'b-report.txt'));
    // A photo that cannot be decoded inside an otherwise good Word file: imported without it, and said so.
    const docx = readFileSync(join(FIXTURES, 'township-report.docx'));
    writeFileSync(join(inbox, 'c-photo.docx'), docx);
    const result = await runScript('import.ts', [inbox, '--write', '--township', 'qingshan', '--root', s.root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('无法读取');
    expect(result.stdout).toMatch(/未写入\s+inbox\/a-broken\.docx|未写入\s+.*a-broken\.docx/);
    const newsFiles = s.files().filter((f) => f.startsWith('content/news/'));
    expect(newsFiles.filter((f) => f.endsWith('.md'))).toHaveLength(2);
    noTempFiles(s);
    expect(readdirSync(inbox).sort()).toEqual(['a-broken.docx', 'b-report.txt', 'c-photo.docx']);
  });
});
