// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { assertContentValid } from './src/lib/build-checks.ts';
import { astroCacheDir, contentPath } from './src/lib/content/files.ts';
import { lastModifiedByPath } from './src/lib/sitemap.ts';
import { basePathProblem, siteUrlProblem } from './src/lib/site-settings.ts';
import { bulletinPdfRestore, publishedImagesGate } from './src/lib/safety/build-hooks.ts';
import { desk } from './src/integrations/desk.ts';
import { shareCards } from './src/lib/share-cards.ts';

// site and base come from content/site.yaml (or $CONTENT_DIR/site.yaml); SITE_URL and BASE_PATH override them for a deploy.
const settings = parse(readFileSync(contentPath(fileURLToPath(new URL('.', import.meta.url)), 'site.yaml'), 'utf8'));
const site = process.env.SITE_URL || settings.url;
const base = process.env.BASE_PATH || settings.base || '/';
// site.yaml itself is checked with the content (its errors name the file); the overrides are checked here.
for (const problem of [process.env.SITE_URL && siteUrlProblem(site), process.env.BASE_PATH && basePathProblem(base)]) {
  if (problem) throw new Error(`环境变量 ${problem.startsWith('url') ? 'SITE_URL' : 'BASE_PATH'}：${problem}`);
}
const basePrefix = base.endsWith('/') ? base : `${base}/`;
/** @type {Map<string, string> | undefined} Sitemap lastmod by page, from the entries the content check read. */
let lastModified;
// Another content folder (CONTENT_DIR: tests, benchmarks) gets its own cache (see astroCacheDir).
const cacheDir = astroCacheDir(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site,
  base,
  // OUT_DIR lets tests build a second copy (e.g. under a sub-path) without touching dist/.
  outDir: process.env.OUT_DIR || './dist',
  cacheDir,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    sitemap({
      // Drafts never reach a page, so they never reach the sitemap; 404 is not a page to list.
      filter: (page) => !page.endsWith('/404/'),
      serialize(item) {
        const path = `/${new URL(item.url).pathname.slice(basePrefix.length)}`;
        const date = lastModified?.get(path);
        return date ? { ...item, lastmod: `${date}T00:00:00+08:00` } : item;
      },
    }),
    {
      name: 'content-checks',
      hooks: {
        'astro:config:setup': () => {
          lastModified = lastModifiedByPath(assertContentValid());
        },
      },
    },
    shareCards(),
    publishedImagesGate(),
    bulletinPdfRestore(),
    desk(),
  ],
  // Two pages at a time: one renders while the other's file is written. On 10,000 items (2 cores) page
  // generation went from 43 to 37 s re-rendered and from 21 to 18 s restored, for 0.2 GB more memory.
  build: { format: 'directory', concurrency: 2 },
  image: {
    responsiveStyles: false,
    // Encoder effort, measured on a demo photo at 640/960 px (2 cores): AVIF effort 1 is ~10× faster than the
    // default 4 and 35% faster than 2 for ~4% more bytes; WebP effort 2 is 45% faster than the default for ~4% more.
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: { avif: { effort: 1 }, webp: { effort: 2 }, jpeg: { mozjpeg: true } },
    },
  },
  // Editors' raw HTML is kept here and cleaned in the final HTML of every entry (src/lib/safety/sanitize-html.ts,
  // applied by SafeBody.astro and the feeds), one sanitizer for Markdown and MDX alike.
  // No syntax highlighting: news has no code, and Shiki's inline styles would break the CSP.
  markdown: { processor: satteri({ features: { rawHtml: true } }), syntaxHighlight: false },
  prefetch: false,
  // A Content-Security-Policy meta tag with hashes of every script and style Astro emits.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        'frame-src https://player.bilibili.com https://v.qq.com https://player.youku.com https://open.iqiyi.com',
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The editors' desk (Sveltia CMS, served by the dev server under the same policy) compiles WebAssembly;
      // the public pages run none.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  // Pages with a cacheKey (src/lib/page-cache-key.ts) that are unchanged since the last build into
  // the same folder are copied instead of rendered. Only for `astro build`, where there is a last build to reuse.
  // (A desk-test failure once blamed on the flag was a race in the test: tests/browser/desk-cms.test.ts.)
  ...(process.argv.includes('build') ? { experimental: { incrementalBuild: true } } : {}),
});
