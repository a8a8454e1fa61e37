// Bundles the desk's CMS script (src/scripts/desk/cms.ts with Sveltia CMS from npm) for the browser with
// esbuild: one entry, lazily loaded chunks, and Sveltia's own fonts and images copied beside them, so the
// page never asks a CDN for anything. Node only.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CmsBundle {
  dir: string;
  /** The entry script's file name inside dir. */
  entry: string;
  ms: number;
}

/** The pinned Sveltia CMS version (from its package.json). */
export function sveltiaVersion(root: string): string {
  return (JSON.parse(readFileSync(join(sveltiaDir(root), '../package.json'), 'utf8')) as { version: string }).version;
}

/** Where Sveltia's npm build lives (its package exports only the entry, not package.json). */
function sveltiaDir(root: string): string {
  return dirname(createRequire(join(root, 'package.json')).resolve('@sveltia/cms'));
}

export async function bundleCms(root: string, outDir: string): Promise<CmsBundle> {
  const started = Date.now();
  // Sveltia's npm build (npm/index.js) loads its fonts from ./assets next to itself, not from a CDN.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { cms: join(root, 'src/scripts/desk/cms.ts') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    loader: { '.json': 'json' },
    logLevel: 'error',
  });
  // Sveltia's code resolves new URL('assets/…', import.meta.url) from whichever chunk it ends up in (chunks/),
  // its lazy chunks '../assets/…' (the top): a copy in both places, or it falls back to a CDN.
  const assets = join(sveltiaDir(root), 'assets');
  if (existsSync(assets)) {
    for (const to of ['assets', 'chunks/assets']) cpSync(assets, join(outDir, to), { recursive: true });
  }
  return { dir: outDir, entry: 'cms.js', ms: Date.now() - started };
}
