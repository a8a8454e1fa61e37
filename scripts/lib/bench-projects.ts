// The two projects the benchmark builds, each in its own temporary folder:
//  - a snapshot of this project (its code and config as they are now, without content/, dist/ or tests), so
//    the build has its own caches (node_modules/.astro, .astro/) and neither disturbs nor is disturbed by
//    builds running in the working copy;
//  - a bare Astro site (one plain page per entry, default Markdown, plain Pagefind) as the baseline.
// Both use this project's installed packages through a node_modules folder of symlinks.
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Never copied into the snapshot: content comes from CONTENT_DIR, output goes to OUT_DIR. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'content', 'tests', 'test-results', '.astro', '.cache']);
/** Caches that must start empty in the snapshot (the cold build) rather than be shared with the working copy. */
const NOT_LINKED = new Set(['.astro', '.vite', '.cache']);

/** `dest/node_modules` with a symlink to every package of `from/node_modules`, but its own caches. */
export function linkNodeModules(from: string, dest: string): void {
  const source = join(from, 'node_modules');
  const target = join(dest, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (NOT_LINKED.has(name)) continue;
    symlinkSync(join(source, name), join(target, name));
  }
}

export function snapshotProject(root: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(root)) {
    if (NOT_COPIED.has(name) || name.startsWith('dist-')) continue;
    cpSync(join(root, name), join(dest, name), { recursive: true, verbatimSymlinks: true });
  }
  linkNodeModules(root, dest);
}

/** A bare Astro site over the same content folder: every entry one page, its Markdown through Astro's defaults. */
export function writeBaselineProject(root: string, dest: string): void {
  mkdirSync(join(dest, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dest, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(dest, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://baseline.example',
  outDir: process.env.OUT_DIR || './dist',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
`,
  );
  writeFileSync(
    join(dest, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const from = (folder) => glob({ pattern: '**/*.md', base: \`\${process.env.CONTENT_DIR}/\${folder}\` });
export const collections = {
  news: defineCollection({ loader: from('news') }),
  people: defineCollection({ loader: from('people') }),
  stories: defineCollection({ loader: from('stories') }),
  bulletins: defineCollection({ loader: from('bulletins') }),
};
`,
  );
  writeFileSync(
    join(dest, 'src', 'pages', '[...path].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const names = ['news', 'people', 'stories', 'bulletins'];
  const lists = await Promise.all(names.map(async (name) => (await getCollection(name)).map((entry) => ({ params: { path: \`\${name}/\${entry.id}\` }, props: { entry } }))));
  return lists.flat();
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.name ?? entry.data.month ?? entry.id);
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><Content /></main></body>
</html>
`,
  );
  linkNodeModules(root, dest);
}
