// Builds the hostile site once (tests/security/hostile-site.ts) for every security test file, and prints its PDFs.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO } from '../fixtures/temp-site';
import { pdfCacheDir } from '../../src/lib/bulletin/pdf';
import { astroCacheDir } from '../../src/lib/content/files';
import { hostileSite } from './hostile-site';

declare module 'vitest' {
  export interface ProvidedContext {
    hostileRoot: string;
    hostileDist: string;
    hostilePhotos: string[];
    hostileLog: string;
  }
}

/** npm run …, with a clean environment (Vitest's own variables must not reach the child build). */
export function runNpm(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/.test(key)),
  );
  return spawnSync('npm', args, { cwd: REPO, env: { ...clean, ...env }, encoding: 'utf8', timeout: 900_000 });
}

export default async function setup(project: TestProject) {
  const { site, photos } = await hostileSite();
  const dist = join(site.root, 'dist');
  const env = { CONTENT_DIR: join(site.root, 'content'), OUT_DIR: dist };
  const build = runNpm(['run', 'build'], env);
  const log = `${build.stdout}\n${build.stderr}`;
  writeFileSync(join(site.root, 'build.log'), log);
  if (build.status !== 0) throw new Error(`恶意内容的网站构建失败：\n${log.slice(-4000)}`);
  const pdf = runNpm(['run', 'pdf', '--', '--dist', dist], env);
  if (pdf.status !== 0) throw new Error(`恶意内容的 PDF 生成失败：\n${pdf.stdout}\n${pdf.stderr}`);
  project.provide('hostileRoot', site.root);
  project.provide('hostileDist', dist);
  project.provide('hostilePhotos', photos);
  project.provide('hostileLog', `${log}\n${pdf.stdout}\n${pdf.stderr}`);
  return () => {
    if (process.env.KEEP_HOSTILE_SITE) return;
    site.remove();
    // The caches of a content folder that will never be built again.
    for (const dir of [astroCacheDir(REPO, env.CONTENT_DIR), pdfCacheDir(REPO, env.CONTENT_DIR)])
      rmSync(dir, { recursive: true, force: true });
  };
}
