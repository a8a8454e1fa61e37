// Copying the built site to where site.yaml's `deploy` says, without ever deleting outside the target:
// a folder is filled as a temporary sibling and then swapped in; rsync --delete only runs into the named
// directory. A folder that holds other files and was not made by this desk is refused, not emptied.
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';
import type { DeploySetting } from '../site-settings';

/** Written into every folder the desk deploys to: proof that replacing the folder loses nothing else. */
export const DEPLOY_MARK = '.guangong-deploy';

export class DeployError extends Error {}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** Why a folder may not be the deploy target, or null. */
export function unsafeTarget(target: string, protect: { projectRoot: string; contentDir: string; outDir: string }): string | null {
  const t = resolve(target);
  if (parse(t).root === t) return `deploy.folder 不能是整个磁盘（${t}）：请指定一个专门放网站的文件夹，例如 D:/网站/ggw`;
  if (t === resolve(homedir())) return `deploy.folder 不能是用户主文件夹（${t}）：请指定一个专门放网站的文件夹`;
  for (const [label, folder] of [
    ['项目文件夹', protect.projectRoot],
    ['稿件文件夹', protect.contentDir],
    ['生成的网站 dist', protect.outDir],
  ] as const) {
    if (inside(t, folder) || inside(folder, t)) return `deploy.folder（${t}）与${label}（${folder}）重叠：请指定项目以外的另一个文件夹`;
  }
  if (existsSync(t)) {
    if (!statSync(t).isDirectory()) return `deploy.folder（${t}）是一个文件，不是文件夹`;
    const names = readdirSync(t);
    if (names.length && !names.includes(DEPLOY_MARK)) {
      return `deploy.folder（${t}）里已有别的文件，且不是编辑台发布的：为免误删，没有发布。请指定一个空文件夹或新文件夹`;
    }
  }
  return null;
}

/**
 * Copies `source` (dist/) to `target`: into `target.new-…` first, then the old folder is moved aside, the new
 * one takes its name and the old one is removed. A failure before the swap leaves the target as it was.
 */
export function copyToFolder(
  source: string,
  target: string,
  protect: { projectRoot: string; contentDir: string; outDir: string },
): { files: number } {
  const problem = unsafeTarget(target, protect);
  if (problem) throw new DeployError(problem);
  const t = resolve(target);
  if (!existsSync(dirname(t)))
    throw new DeployError(`deploy.folder 的上级文件夹 ${dirname(t)} 不存在：请先建好它（或检查共享盘是否已连接）`);
  const stamp = `${process.pid}-${Date.now()}`;
  const fresh = join(dirname(t), `.${basename(t)}.new-${stamp}`);
  const old = join(dirname(t), `.${basename(t)}.old-${stamp}`);
  try {
    cpSync(source, fresh, { recursive: true, errorOnExist: true, force: false });
    writeFileSync(join(fresh, DEPLOY_MARK), '由关工动态编辑台“生成网站”发布；整个文件夹会在下次发布时被替换，请不要在这里放别的文件。\n');
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw new DeployError(`复制到 ${t} 失败（原来的网站没有动）：${(error as Error).message}`);
  }
  const hadOld = existsSync(t);
  if (hadOld) renameSync(t, old);
  try {
    renameSync(fresh, t);
  } catch (error) {
    if (hadOld) renameSync(old, t);
    rmSync(fresh, { recursive: true, force: true });
    throw new DeployError(`替换 ${t} 失败（原来的网站已还原）：${(error as Error).message}`);
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
  return { files: countFiles(t) };
}

function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, d) => n + (d.isDirectory() ? countFiles(join(dir, d.name)) : 1), 0);
}

/** The rsync command line (no shell): archive, compress, delete extras only inside the target, SSH without prompts. */
export function rsyncArgs(source: string, target: string): string[] {
  const from = source.endsWith('/') ? source : `${source}/`;
  const to = target.endsWith('/') ? target : `${target}/`;
  return ['-rlptz', '--delete', '--delay-updates', '-e', 'ssh -o BatchMode=yes -o ConnectTimeout=20', from, to];
}

/** A description of the deploy target for messages. */
export function describeDeploy(deploy: DeploySetting, projectRoot: string): string {
  return deploy.folder ? `文件夹 ${resolve(projectRoot, deploy.folder)}` : `服务器 ${deploy.rsync}`;
}
