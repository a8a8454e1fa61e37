// Every publish is a git commit of the content folder, named by its entries, so any published state can be
// found and restored (git log, git checkout <commit> -- content). Only the content folder is committed.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { splitFrontmatter } from '../content/frontmatter';

export interface GitRun {
  (args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }>;
}

export const runGit: GitRun = (args, cwd) =>
  new Promise((done) => {
    execFile(
      'git',
      args,
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 127) : 0;
        done({ code, stdout, stderr: stderr || (error && code === 127 ? error.message : '') });
      },
    );
  });

export interface ContentChange {
  kind: 'added' | 'modified' | 'deleted';
  /** Path relative to the repository, forward slashes. */
  path: string;
  /** The entry's title (or name), when the file is an entry that still exists. */
  title?: string | undefined;
}

export interface CommitResult {
  status: 'committed' | 'clean' | 'no-repo' | 'failed';
  /** One Chinese sentence for the page. */
  message: string;
  hash?: string | undefined;
  changes: ContentChange[];
}

/** `git status --porcelain -z` → changes (a rename counts as a deletion and an addition). */
export function parseStatus(output: string): Omit<ContentChange, 'title'>[] {
  const parts = output.split('\0').filter(Boolean);
  const changes: Omit<ContentChange, 'title'>[] = [];
  for (let i = 0; i < parts.length; i++) {
    const entry = parts[i]!;
    const code = entry.slice(0, 2);
    const path = entry.slice(3);
    if (code.includes('R') || code.includes('C')) {
      const from = parts[++i]!;
      changes.push({ kind: 'added', path });
      if (code.includes('R')) changes.push({ kind: 'deleted', path: from });
    } else if (code.includes('D')) changes.push({ kind: 'deleted', path });
    else if (code === '??' || code.includes('A')) changes.push({ kind: 'added', path });
    else changes.push({ kind: 'modified', path });
  }
  return changes;
}

const KIND_LABELS = { added: '新增', modified: '修改', deleted: '删除' } as const;

/** The commit message: a subject naming the entries, then one line per changed entry and a count of other files. */
export function commitMessage(changes: ContentChange[]): { subject: string; body: string } {
  const entries = changes.filter((c) => /\.mdx?$/i.test(c.path));
  const others = changes.length - entries.length;
  const named = entries.map((c) => (c.title ? `《${c.title}》` : c.path.split('/').pop()!));
  const counts = (['added', 'modified', 'deleted'] as const)
    .map((kind) => [kind, entries.filter((c) => c.kind === kind).length] as const)
    .filter(([, n]) => n)
    .map(([kind, n]) => `${KIND_LABELS[kind]} ${n} 篇`);
  const subject = entries.length
    ? `发布网站：${named.slice(0, 3).join('、')}${entries.length > 3 ? ` 等 ${entries.length} 篇` : ''}（${counts.join('，')}）`
    : `发布网站：更新 ${others} 个文件（图片或设置）`;
  const body = [
    ...entries.map((c) => `${KIND_LABELS[c.kind]} ${c.path}${c.title ? `  ${c.title}` : ''}`),
    ...(others && entries.length ? [`另有 ${others} 个图片或设置文件`] : []),
    ...(!entries.length ? changes.map((c) => `${KIND_LABELS[c.kind]} ${c.path}`) : []),
  ].join('\n');
  return { subject, body };
}

function titleOf(file: string): string | undefined {
  try {
    const { data } = splitFrontmatter(readFileSync(file, 'utf8'));
    const title = data['title'] ?? data['name'];
    return typeof title === 'string' && title.trim() ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Commits every change under `contentDir` (and nothing else). Never throws: the result says what happened. */
export async function commitContent(contentDir: string, git: GitRun = runGit): Promise<CommitResult> {
  const top = await git(['rev-parse', '--show-toplevel'], contentDir);
  if (top.code !== 0) {
    const missing = top.code === 127 || /not found|ENOENT/.test(top.stderr);
    return {
      status: 'no-repo',
      changes: [],
      message: missing
        ? '这台电脑没有安装 git，这次发布没有保存版本记录（网站照常生成）。装上 git 后，每次发布都会留下可恢复的版本。'
        : '稿件文件夹还不是 git 仓库，这次发布没有保存版本记录（网站照常生成）。在项目文件夹里运行一次 git init 后，每次发布都会留下可恢复的版本（见 README）。',
    };
  }
  const repo = resolve(top.stdout.trim());
  const spec = relative(repo, contentDir).split(sep).join('/') || '.';
  const status = await git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', spec], repo);
  if (status.code !== 0)
    return { status: 'failed', changes: [], message: `读取 git 状态失败，没有保存版本记录：${status.stderr.trim().split('\n')[0]}` };
  const changes: ContentChange[] = parseStatus(status.stdout).map((c) => {
    const abs = resolve(repo, c.path);
    return { ...c, title: c.kind !== 'deleted' && existsSync(abs) ? titleOf(abs) : undefined };
  });
  if (!changes.length) return { status: 'clean', changes, message: '稿件自上次发布以来没有改动，不需要保存新的版本记录。' };
  const { subject, body } = commitMessage(changes);
  const add = await git(['add', '-A', '--', spec], repo);
  if (add.code !== 0) return { status: 'failed', changes, message: `git add 失败，没有保存版本记录：${add.stderr.trim().split('\n')[0]}` };
  const named = (await git(['config', 'user.email'], repo)).code === 0;
  const identity = named ? [] : ['-c', 'user.name=关工动态编辑台', '-c', 'user.email=desk@localhost'];
  const commit = await git([...identity, 'commit', '--quiet', '--no-verify', '-m', subject, '-m', body, '--', spec], repo);
  if (commit.code !== 0)
    return {
      status: 'failed',
      changes,
      message: `保存版本记录（git commit）失败：${(commit.stderr || commit.stdout).trim().split('\n')[0]}`,
    };
  const hash = (await git(['rev-parse', '--short', 'HEAD'], repo)).stdout.trim();
  return { status: 'committed', changes, hash, message: `已保存版本记录 ${hash}：${subject.replace(/^发布网站：/, '')}` };
}
