// 生成网站: check → build → bulletin PDFs → git commit of content/ → copy to the deploy target, one publish at
// a time, each step reported in Chinese as it happens. The same checks as `npm run check` (in process), the
// same commands as an editor would type (`npm run build`, `npm run pdf`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent, formatProblem, type CheckProblem } from '../check/check';
import { readSiteConfig } from '../content/files';
import { copyToFolder, describeDeploy, DeployError, rsyncArgs } from './deploy';
import { commitContent, type GitRun, runGit } from './git';
import { cmsEntryHref, type DeskPaths } from './site';
import { withoutAnsi } from '../text/ansi';

export const STEPS = [
  { id: 'check', label: '检查稿件' },
  { id: 'build', label: '生成网页' },
  { id: 'pdf', label: '生成《关工动态》PDF' },
  { id: 'commit', label: '保存版本记录' },
  { id: 'deploy', label: '发布到网站服务器' },
] as const;
export type StepId = (typeof STEPS)[number]['id'];
export type StepStatus = 'waiting' | 'running' | 'ok' | 'warning' | 'failed' | 'skipped';

export interface ProblemLine {
  file: string;
  line: number;
  field: string;
  message: string;
  allowed?: string | undefined;
  /** The line as `npm run check` prints it. */
  text: string;
  /** The entry in the CMS, when the file is an entry. */
  href: string | null;
}

export type PublishEvent =
  | { type: 'start'; run: number; steps: { id: StepId; label: string }[] }
  | { type: 'step'; step: StepId; status: StepStatus; message: string }
  | { type: 'progress'; step: StepId; message: string }
  | { type: 'log'; step: StepId; text: string }
  | { type: 'problems'; total: number; problems: ProblemLine[] }
  | { type: 'done'; ok: boolean; message: string; seconds: number };

export interface CommandRun {
  (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; onLine: (line: string) => void }): Promise<number>;
}

/** npm (npm.cmd on Windows) with its output split into lines. */
export const runCommand: CommandRun = (command, args, { cwd, env, onLine }) =>
  new Promise((done) => {
    const windows = process.platform === 'win32';
    // npm is npm.cmd on Windows, which only runs through the shell: quote what has spaces (D:\我的 网站\dist).
    const quoted = windows ? args.map((a) => (/[\s"&|<>^]/.test(a) ? `"${a.replace(/"/g, '""')}"` : a)) : args;
    const child = spawn(windows && command === 'npm' ? 'npm.cmd' : command, quoted, {
      cwd,
      env,
      shell: windows,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let rest = '';
    const take = (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split(/\r?\n|\r/);
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => {
      onLine(`无法运行 ${command}：${error.message}`);
      done(127);
    });
    child.on('close', (code) => {
      if (rest.trim()) onLine(rest);
      done(code ?? 1);
    });
  });

/** The environment for a child build: the desk's folders, without the variables a dev server or test runner sets. */
export function childEnv(paths: DeskPaths): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*|ASTRO_.*)$/.test(key)),
  );
  // BUILD_VERBOSE: every line of the build, so the page can follow its stages (buildStage) and show the log.
  return { ...env, CONTENT_DIR: paths.contentDir, OUT_DIR: paths.outDir, BUILD_VERBOSE: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

/** What a line of `npm run build` means, in Chinese, when it marks a new stage (else null). */
export function buildStage(line: string): string | null {
  const text = withoutAnsi(line);
  if (/\[content\] Syncing content/.test(text)) return '读取稿件…';
  if (/Building static entrypoints/.test(text)) return '准备网页模板和样式…';
  if (/generating static routes/.test(text)) return '生成网页…';
  const images = /generating optimized images|▶ .*\((\d+)\/(\d+)\)\s*$/.exec(text);
  if (images) return images[1] ? `处理照片 ${images[1]}/${images[2]}（新照片第一次要多花些时间）…` : '处理照片…';
  const cards = /\[share-cards\] (分享图：正在画.*)$/.exec(text);
  if (cards) return cards[1]!;
  const pages = /(\d+) page\(s\) built/.exec(text);
  if (pages) return `已生成 ${pages[1]} 个网页，正在生成站内搜索…`;
  if (/^(搜索索引|构建完成|已生成 \d+ 个文件)/.test(text.trim())) return text.trim();
  return null;
}

const problemLine = (paths: DeskPaths, p: CheckProblem): ProblemLine => ({
  file: p.file,
  line: p.line,
  field: p.field,
  message: p.message,
  allowed: p.allowed,
  text: formatProblem(p),
  href: cmsEntryHref(paths, p.file),
});

/** The problems shown when the check fails: the first ones, as in `npm run check`. */
export const SHOWN_PROBLEMS = 20;

export interface PublishTools {
  run?: CommandRun | undefined;
  git?: GitRun | undefined;
}

/** Runs one publish, reporting through `emit`. Resolves true when the site was built (and deployed, when set). */
export async function publish(paths: DeskPaths, emit: (event: PublishEvent) => void, tools: PublishTools = {}): Promise<boolean> {
  const run = tools.run ?? runCommand;
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  const step = (id: StepId, status: StepStatus, message: string) => emit({ type: 'step', step: id, status, message });
  const fail = (message: string) => {
    emit({ type: 'done', ok: false, message, seconds: seconds() });
    return false;
  };

  // 1. The same checks as npm run check.
  step('check', 'running', '正在检查全部稿件…');
  const report = checkContent({ root: paths.siteRoot });
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    step('check', 'failed', `发现 ${errors.length} 个错误，网站没有生成。请先改正下面的稿件（点文件名在编辑器中打开）。`);
    emit({ type: 'problems', total: errors.length, problems: errors.slice(0, SHOWN_PROBLEMS).map((p) => problemLine(paths, p)) });
    for (const id of ['build', 'pdf', 'commit', 'deploy'] as const) step(id, 'skipped', '没有进行');
    return fail(`有 ${errors.length} 个错误要先改正，网站没有生成，也没有发布。`);
  }
  const c = report.counts;
  step(
    'check',
    report.warnings ? 'warning' : 'ok',
    `检查了 ${c.news + c.people + c.stories + c.bulletins} 篇稿件，没有错误${report.warnings ? `；有 ${report.warnings} 个警告（不影响生成，运行 npm run check 可看全部）` : ''}。`,
  );

  // 2. npm run build.
  step('build', 'running', '正在生成网页（照片多时第一次要几分钟）…');
  const env = childEnv(paths);
  const tail: string[] = [];
  let lastPhoto = 0;
  const code = await run('npm', ['run', 'build'], {
    cwd: paths.projectRoot,
    env,
    onLine: (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      emit({ type: 'log', step: 'build', text: line });
      const stage = buildStage(line);
      // Photo counts come a line per variant (thousands, in bursts): a few a second are enough for the page.
      const photo = stage?.startsWith('处理照片');
      if (stage && (!photo || Date.now() - lastPhoto >= 400)) {
        if (photo) lastPhoto = Date.now();
        emit({ type: 'progress', step: 'build', message: stage });
      }
    },
  });
  if (code !== 0) {
    const reason = tail.filter((l) => /[\u4e00-\u9fff]/.test(l) && !/^>/.test(l)).slice(-5);
    step('build', 'failed', `生成网页失败${reason.length ? `：${reason.join(' ')}` : '，详细输出见下面'}。`);
    for (const id of ['pdf', 'commit', 'deploy'] as const) step(id, 'skipped', '没有进行');
    return fail('生成网页失败，没有发布。请把下面“详细输出”的最后几行发给技术人员。');
  }
  step('build', 'ok', `网页已生成（${paths.outDir}）。`);

  // 3. npm run pdf: a missing Chromium or a failed PDF does not stop the site.
  let pdfOk = true;
  if (!c.bulletins) step('pdf', 'skipped', '还没有任何一期《关工动态》，不需要生成 PDF。');
  else {
    step('pdf', 'running', '正在生成《关工动态》各期的 PDF…');
    const pdfCode = await run('npm', ['run', 'pdf', '--', '--dist', paths.outDir], {
      cwd: paths.projectRoot,
      env,
      onLine: (line) => {
        emit({ type: 'log', step: 'pdf', text: line });
        // Its lines are Chinese already (one per issue); npm's own banner lines start with >.
        if (line.trim() && !/^\s*>/.test(line)) emit({ type: 'progress', step: 'pdf', message: line.trim() });
      },
    });
    pdfOk = pdfCode === 0;
    if (pdfOk) step('pdf', 'ok', 'PDF 已生成。');
    else step('pdf', 'warning', 'PDF 没有生成（网页不受影响，各期页面暂不显示“下载本期 PDF”）：详细原因见下面的输出。');
  }

  // 4. git commit of the content folder.
  step('commit', 'running', '正在保存这次发布的版本记录…');
  const commit = await commitContent(paths.contentDir, tools.git ?? runGit);
  step('commit', commit.status === 'committed' || commit.status === 'clean' ? 'ok' : 'warning', commit.message);

  // 5. Copy to the deploy target.
  let deploy;
  try {
    deploy = readSiteConfig(paths.siteRoot).deploy;
  } catch (error) {
    step('deploy', 'failed', (error as Error).message);
    return fail('网站已生成，但 site.yaml 的发布设置有误，没有发布。');
  }
  if (!deploy) {
    step('deploy', 'skipped', `site.yaml 没有设置 deploy：生成的网站在 ${paths.outDir}，请按 README 把它放到网站服务器上。`);
  } else if (deploy.folder) {
    step('deploy', 'running', `正在复制到${describeDeploy(deploy, paths.projectRoot)}…`);
    try {
      const { files } = copyToFolder(paths.outDir, resolve(paths.projectRoot, deploy.folder), paths);
      step('deploy', 'ok', `已复制到${describeDeploy(deploy, paths.projectRoot)}（${files} 个文件）。`);
    } catch (error) {
      step('deploy', 'failed', error instanceof DeployError ? error.message : `复制失败：${(error as Error).message}`);
      return fail('网站已生成，但没有发布出去。');
    }
  } else if (deploy.rsync) {
    step('deploy', 'running', `正在上传到${describeDeploy(deploy, paths.projectRoot)}…`);
    const out: string[] = [];
    const rsync = await run('rsync', rsyncArgs(paths.outDir, deploy.rsync), {
      cwd: paths.projectRoot,
      env: process.env,
      onLine: (line) => (out.push(line), emit({ type: 'log', step: 'deploy', text: line })),
    });
    if (rsync !== 0) {
      const hint =
        rsync === 127
          ? '这台电脑没有 rsync 程序（Windows 上可改用 deploy.folder 复制到共享盘）'
          : /Permission denied|publickey/i.test(out.join('\n'))
            ? '服务器拒绝登录：请让技术人员为这台电脑配置 SSH 密钥'
            : /Could not resolve|Connection timed out|No route/i.test(out.join('\n'))
              ? '连不上服务器：请检查网络和服务器地址'
              : `rsync 出错（代码 ${rsync}），详细输出见下面`;
      step('deploy', 'failed', `上传失败：${hint}。`);
      return fail('网站已生成，但没有发布出去。');
    }
    step('deploy', 'ok', `已上传到${describeDeploy(deploy, paths.projectRoot)}。`);
  }
  const where = deploy ? '并已发布' : '';
  emit({ type: 'done', ok: true, message: `网站已生成${where}${pdfOk ? '' : '（PDF 除外）'}，用时 ${seconds()} 秒。`, seconds: seconds() });
  return true;
}

/** One publish at a time; its events are kept so a page opened (or reloaded) later sees the whole run. */
export class Publisher {
  private events: PublishEvent[] = [];
  private listeners = new Set<(event: PublishEvent) => void>();
  private running = false;
  private runs = 0;

  constructor(
    private readonly paths: DeskPaths,
    private readonly tools: PublishTools = {},
  ) {}

  get busy(): boolean {
    return this.running;
  }

  /** Starts a publish unless one is running; false when one is. */
  start(): boolean {
    if (this.running) return false;
    if (!existsSync(resolve(this.paths.projectRoot, 'package.json')))
      throw new Error(`${this.paths.projectRoot} 里没有 package.json，无法生成网站`);
    this.running = true;
    this.runs++;
    this.events = [];
    const emit = (event: PublishEvent) => {
      // Free before anyone hears "done": a page that starts again at once must not be refused.
      if (event.type === 'done') this.running = false;
      this.events.push(event);
      for (const listener of this.listeners) listener(event);
    };
    emit({ type: 'start', run: this.runs, steps: STEPS.map((s) => ({ id: s.id, label: s.label })) });
    publish(this.paths, emit, this.tools)
      .catch((error: unknown) => emit({ type: 'done', ok: false, message: `生成网站时出了意外：${(error as Error).message}`, seconds: 0 }))
      .finally(() => {
        this.running = false;
      });
    return true;
  }

  /** The run so far, and later events as they come; returns the unsubscribe function. */
  subscribe(listener: (event: PublishEvent) => void): () => void {
    for (const event of this.events) listener(event);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): { running: boolean; runs: number; events: PublishEvent[] } {
    return { running: this.running, runs: this.runs, events: this.events.filter((e) => e.type !== 'log') };
  }
}
