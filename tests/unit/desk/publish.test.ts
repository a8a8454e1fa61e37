// 生成网站 without a real build: the commands are replaced by a recorder, the checks, git and the copy are real.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSiteConfig } from '@/lib/site-settings';
import { copyToFolder, DEPLOY_MARK, rsyncArgs, unsafeTarget } from '@/lib/desk/deploy';
import { commitContent, commitMessage, parseStatus } from '@/lib/desk/git';
import { buildStage, publish, Publisher, type CommandRun, type PublishEvent } from '@/lib/desk/publish';
import { deskPaths } from '@/lib/desk/site';
import { REPO, tempSite, type TempSite } from '../../fixtures/temp-site';

let site: TempSite;
let scratch: string;
beforeEach(() => {
  site = tempSite('ggw-desk-unit-');
  scratch = mkdtempSync(join(tmpdir(), 'ggw-desk-scratch-'));
});
afterEach(() => {
  site.remove();
  rmSync(scratch, { recursive: true, force: true });
});

const paths = () => deskPaths({ projectRoot: REPO, contentDir: join(site.root, 'content'), outDir: join(site.root, 'dist') });
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], { cwd: site.root, encoding: 'utf8' });
const NEWS = (title: string, township = 'dongtang') => `---\ntitle: ${title}\ndate: 2025-11-03\ntownship: ${township}\n---\n正文。\n`;

/** A fake `npm run build` / `npm run pdf` that writes a page into dist/ and says what it was asked. */
function fakeRun(calls: string[], codes: Record<string, number> = {}): CommandRun {
  return async (command, args, { env, onLine }) => {
    const name = `${command} ${args.join(' ')}`;
    calls.push(name);
    if (args[1] === 'build') {
      expect(env['CONTENT_DIR']).toBe(join(site.root, 'content'));
      mkdirSync(env['OUT_DIR']!, { recursive: true });
      writeFileSync(join(env['OUT_DIR']!, 'index.html'), '<h1>首页</h1>');
      onLine('11:36:10 [build] generating static routes');
      onLine('11:39:10 [build] 42 page(s) built in 3m 0s');
    }
    return codes[args[1] ?? ''] ?? 0;
  };
}

async function run(tools: Parameters<typeof publish>[2]): Promise<PublishEvent[]> {
  const events: PublishEvent[] = [];
  await publish(paths(), (e) => events.push(e), tools);
  return events;
}

const stepStatus = (events: PublishEvent[], step: string) =>
  events.filter((e): e is Extract<PublishEvent, { type: 'step' }> => e.type === 'step' && e.step === step).at(-1)?.status;

describe('publish', () => {
  it('stops at the check with its lines, linked to the CMS, and runs no command', async () => {
    site.write('content/news/2025/2025-11-03-a.md', NEWS('乡镇写错了', 'dongtan'));
    const calls: string[] = [];
    const events = await run({ run: fakeRun(calls) });
    expect(calls).toEqual([]);
    const problems = events.find((e) => e.type === 'problems');
    expect(problems).toMatchObject({ total: 1 });
    const line = (problems as Extract<PublishEvent, { type: 'problems' }>).problems[0]!;
    expect(line).toMatchObject({
      file: 'content/news/2025/2025-11-03-a.md',
      field: 'township',
      href: '/admin/#/collections/news/entries/2025/2025-11-03-a',
    });
    expect(line.text).toMatch(/^content\/news\/2025\/2025-11-03-a\.md:4 {2}township {2}.*"dongtan"/);
    expect(events.at(-1)).toMatchObject({ type: 'done', ok: false });
    expect(stepStatus(events, 'deploy')).toBe('skipped');
  });

  it('builds, skips the PDF without bulletins, says when the folder is not a git repository, and copies to deploy.folder', async () => {
    site.write('content/news/2025/2025-11-03-a.md', NEWS('东塘镇关工委召开推进会'));
    const target = join(scratch, 'www');
    writeFileSync(
      join(site.root, 'content/site.yaml'),
      `${readFileSync(join(site.root, 'content/site.yaml'), 'utf8')}\ndeploy:\n  folder: ${target}\n`,
    );
    const calls: string[] = [];
    const events = await run({ run: fakeRun(calls) });
    expect(calls).toEqual(['npm run build']);
    expect(events.filter((e) => e.type === 'progress').map((e) => (e as { message: string }).message)).toEqual([
      '生成网页…',
      '已生成 42 个网页，正在生成站内搜索…',
    ]);
    expect(stepStatus(events, 'pdf')).toBe('skipped');
    expect(stepStatus(events, 'commit')).toBe('warning');
    expect(JSON.stringify(events)).toContain('还不是 git 仓库');
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('<h1>首页</h1>');
    expect(existsSync(join(target, DEPLOY_MARK))).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'done', ok: true });
  });

  it('reports a failed build with its Chinese lines and neither commits nor deploys', async () => {
    site.write('content/news/2025/2025-11-03-a.md', NEWS('东塘镇关工委召开推进会'));
    git('init', '-q');
    const events = await run({
      run: async (_c, _a, { onLine }) => {
        onLine('content/news/x.md: 找不到图片 ./a.jpg');
        return 1;
      },
    });
    expect(stepStatus(events, 'build')).toBe('failed');
    expect(JSON.stringify(events)).toContain('找不到图片');
    expect(stepStatus(events, 'commit')).toBe('skipped');
    expect(git('log', '--oneline', '--all').trim()).toBe('');
  });

  it('runs one publish at a time and replays the run to a late listener', async () => {
    site.write('content/news/2025/2025-11-03-a.md', NEWS('东塘镇关工委召开推进会'));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const publisher = new Publisher(paths(), { run: async () => (await gate, 0) });
    expect(publisher.start()).toBe(true);
    expect(publisher.start()).toBe(false);
    const seen: PublishEvent[] = [];
    const done = new Promise<void>((resolve) => publisher.subscribe((e) => (seen.push(e), e.type === 'done' && resolve())));
    expect(seen[0]).toMatchObject({ type: 'start', run: 1 });
    release();
    await done;
    expect(publisher.busy).toBe(false);
    expect(publisher.start()).toBe(true);
  });

  it('shows each line of the PDF step and a few photo counts a second, not one event per image', async () => {
    site.write('content/news/2025/2025-11-03-a.md', NEWS('东塘镇关工委召开推进会'));
    site.write(
      'content/bulletins/2025-11.md',
      '---\nissue: 1\nmonth: 2025-11\ndate: 2025-11-30\neditor: 王晓梅\ncontents:\n  - section: 工作动态\n    items: [news/2025-11-03-a]\n---\n',
    );
    const events = await run({
      run: async (_c, args, { onLine }) => {
        const lines =
          args[1] === 'build'
            ? Array.from({ length: 500 }, (_, i) => `12:00:01   ▶ /_astro/a.avif (before: 1kB, after: 1kB) (+1ms) (${i + 1}/500)`)
            : ['> guangong-dongtai@0.1.0 pdf', '  2025-11  排版、打印为 PDF …'];
        lines.forEach(onLine);
        return 0;
      },
    });
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.filter((e) => e.step === 'build').length).toBeLessThan(5);
    expect(progress.filter((e) => e.step === 'pdf').map((e) => (e as { message: string }).message)).toEqual([
      '2025-11  排版、打印为 PDF …',
    ]);
    expect(stepStatus(events, 'pdf')).toBe('ok');
  });

  it('names build stages in Chinese', () => {
    expect(buildStage('12:00:01   ▶ /_astro/a.avif (before: 107kB, after: 2kB) (+35ms) (15/1616)')).toBe(
      '处理照片 15/1616（新照片第一次要多花些时间）…',
    );
    expect(buildStage('12:00:01 [content] Syncing content')).toBe('读取稿件…');
    expect(buildStage('12:00:01   ├─ /news/index.html (+3ms)')).toBeNull();
    expect(buildStage('12:00:09 [share-cards] 分享图：正在画 84 张新图…')).toBe('分享图：正在画 84 张新图…');
  });
});

describe('git commit of the content', () => {
  it('commits only content/, names the entries, and says when there is nothing new', async () => {
    git('init', '-q');
    site.write('content/news/2025/2025-11-03-a.md', NEWS('东塘镇关工委召开推进会'));
    site.write('content/news/2025/2025-11-03-a.jpg', 'jpeg');
    site.write('notes.txt', 'not content');
    const first = await commitContent(join(site.root, 'content'));
    expect(first.status).toBe('committed');
    expect(git('log', '-1', '--format=%s')).toContain('《东塘镇关工委召开推进会》');
    expect(git('log', '-1', '--format=%b')).toContain('新增 content/news/2025/2025-11-03-a.md  东塘镇关工委召开推进会');
    expect(git('status', '--porcelain')).toBe('?? notes.txt\n');
    expect((await commitContent(join(site.root, 'content'))).status).toBe('clean');

    rmSync(join(site.root, 'content/news/2025/2025-11-03-a.md'));
    const second = await commitContent(join(site.root, 'content'));
    expect(second.status).toBe('committed');
    expect(git('log', '-1', '--format=%s')).toContain('删除 1 篇');
  });

  it('reads porcelain status with renames and builds a subject of at most three titles', () => {
    expect(parseStatus('R  content/b.md\0content/a.md\0?? content/c.md\0 M content/d.md\0 D content/e.md\0')).toEqual([
      { kind: 'added', path: 'content/b.md' },
      { kind: 'deleted', path: 'content/a.md' },
      { kind: 'added', path: 'content/c.md' },
      { kind: 'modified', path: 'content/d.md' },
      { kind: 'deleted', path: 'content/e.md' },
    ]);
    const changes = ['甲', '乙', '丙', '丁'].map((title, i) => ({ kind: 'added' as const, path: `content/news/${i}.md`, title }));
    expect(commitMessage(changes).subject).toBe('发布网站：《甲》、《乙》、《丙》 等 4 篇（新增 4 篇）');
  });
});

describe('deploy', () => {
  const protect = () => ({ projectRoot: REPO, contentDir: join(site.root, 'content'), outDir: join(site.root, 'dist') });

  it('refuses targets that would lose other files', () => {
    expect(unsafeTarget('/', protect())).toMatch(/整个磁盘/);
    expect(unsafeTarget(join(REPO, 'public'), protect())).toMatch(/项目文件夹/);
    expect(unsafeTarget(join(site.root, 'content', 'www'), protect())).toMatch(/稿件文件夹/);
    writeFileSync(join(scratch, 'keep.txt'), '别人的文件');
    expect(unsafeTarget(scratch, protect())).toMatch(/已有别的文件/);
    expect(unsafeTarget(join(scratch, 'new-site'), protect())).toBeNull();
  });

  it('swaps the new site in and leaves no temporary folder; a second deploy replaces the first', () => {
    const dist = join(site.root, 'dist');
    mkdirSync(join(dist, 'news'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '一');
    writeFileSync(join(dist, 'news/old.html'), '旧');
    const target = join(scratch, 'www');
    copyToFolder(dist, target, protect());
    rmSync(join(dist, 'news/old.html'));
    writeFileSync(join(dist, 'index.html'), '二');
    expect(copyToFolder(dist, target, protect()).files).toBe(2); // index.html and the mark
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('二');
    expect(existsSync(join(target, 'news/old.html'))).toBe(false);
    expect(execFileSync('ls', ['-A', scratch], { encoding: 'utf8' }).trim().split('\n')).toEqual(['www']);
  });

  it('rsyncs into the named directory only, without password prompts', () => {
    expect(rsyncArgs('/p/dist', 'deploy@host:/var/www/ggw')).toEqual([
      '-rlptz',
      '--delete',
      '--delay-updates',
      '-e',
      'ssh -o BatchMode=yes -o ConnectTimeout=20',
      '/p/dist/',
      'deploy@host:/var/www/ggw/',
    ]);
  });

  it('validates the deploy setting of site.yaml with Chinese messages', () => {
    const base = { name: 'a', fullName: 'b', county: 'c', editingUnit: 'd', url: 'https://x.cn' };
    expect(parseSiteConfig({ ...base, deploy: { folder: 'D:/网站/ggw' } }).deploy).toEqual({ folder: 'D:/网站/ggw' });
    expect(parseSiteConfig(base).deploy).toBeUndefined();
    expect(() => parseSiteConfig({ ...base, deploy: { rsync: 'deploy@host:/var' } })).toThrow(/deploy\.rsync: .*至少要有两级/);
    expect(() => parseSiteConfig({ ...base, deploy: { folder: 'a', rsync: 'h:/a/b' } })).toThrow(/只能写一个/);
    expect(() => parseSiteConfig({ ...base, deploy: { path: '/srv' } })).toThrow(/不认识：path/);
  });
});
