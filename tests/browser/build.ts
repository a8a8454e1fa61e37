// Builds the site into a temporary folder (for tests that need a second build), with a clean environment.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function buildInto(prefix: string, extraEnv: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  buildAt(outDir, extraEnv);
  return outDir;
}

/** Builds into `outDir`, which may hold an earlier build (Astro's incremental build reuses it). */
export function buildAt(outDir: string, extraEnv: Record<string, string> = {}): string {
  // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD …) in process.env; a child build must not inherit them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/.test(key)),
  );
  const build = spawnSync('npm', ['run', 'build'], { env: { ...env, ...extraEnv, OUT_DIR: outDir }, encoding: 'utf8', timeout: 600_000 });
  if (build.status !== 0) throw new Error(`构建失败（${JSON.stringify(extraEnv)}）：\n${build.stdout}\n${build.stderr}`);
  return `${build.stdout}\n${build.stderr}`;
}
