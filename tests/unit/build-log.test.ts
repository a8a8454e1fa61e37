import { describe, expect, it } from 'vitest';
import { BuildOutputCondenser, classifyBuildLine } from '../../scripts/lib/build-log';

describe('the build output condenser', () => {
  it('counts page and image lines and shows everything else', () => {
    const condenser = new BuildOutputCondenser();
    const lines = [
      '11:35:03 [content] Syncing content',
      ' generating static routes ',
      '11:35:07 ▶ src/pages/news/[id].astro',
      '11:35:07   ├─ /news/2025-11-03-dongtang-a/index.html (+11ms) ',
      '11:35:07   └─ /news/2025-11-04-dongtang-b/index.html (+4ms) ',
      '11:35:09   ▶ /_astro/1.CqvRKy7R_ZkuKFL.jpg (reused cache entry) (+1ms) (23/1616)',
      '11:35:09   ▶ /_astro/2.Bx_1a.avif (before: 3000kB, after: 80kB) (+1.20s) (24/1616)',
      '',
      'content/news/2025/x.md:4  township  未知的township（乡镇） "dongtan"',
      '11:38:18 [build] Complete!',
    ];
    const shown = lines.filter((l) => condenser.take(l) === 'show');
    expect(shown).toEqual([
      '11:35:03 [content] Syncing content',
      ' generating static routes ',
      'content/news/2025/x.md:4  township  未知的township（乡镇） "dongtan"',
      '11:38:18 [build] Complete!',
    ]);
    expect(condenser.counts).toEqual({ pages: 2, reusedPages: 0, images: 2, cachedImages: 1 });
    expect(condenser.progress()).toBe('已生成 2 个文件，2 个图片版本（1 个来自缓存）');
  });

  it('reads the lines the same when Astro colours them (FORCE_COLOR in CI)', () => {
    const condenser = new BuildOutputCondenser();
    // As Astro prints them with FORCE_COLOR=1 (from a real build log).
    const lines = [
      '\x1b[2m02:53:51\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/404.html\x1b[22m \x1b[2m(+47ms)\x1b[22m ',
      '\x1b[2m02:53:51\x1b[22m   \x1b[34m└─\x1b[39m \x1b[2m/news/b/index.html\x1b[22m \x1b[2m(cached)\x1b[22m ',
      '\x1b[2m02:53:55\x1b[22m   \x1b[32m▶\x1b[39m /_astro/1.CqvRKy7R_qEC5F.avif \x1b[2m(reused cache entry)\x1b[22m \x1b[2m(+85ms)\x1b[22m \x1b[2m(2/798)\x1b[22m',
      '\x1b[2m02:54:22\x1b[22m \x1b[34m[build]\x1b[39m 228 page(s) built in \x1b[1m34.61s\x1b[22m',
    ];
    expect(lines.map((l) => condenser.take(l))).toEqual(['counted', 'counted', 'counted', 'show']);
    expect(condenser.counts).toEqual({ pages: 2, reusedPages: 1, images: 1, cachedImages: 1 });
  });

  it('counts the pages an incremental build copied from the last build', () => {
    const condenser = new BuildOutputCondenser();
    for (const line of [
      '11:35:07   ├─ /news/2025-11-03-dongtang-a/index.html (cached)',
      '11:35:07   ├─ /og/news/2025-11-03-dongtang-a.png (restored)',
      '11:35:07   └─ /news/2025-11-04-dongtang-b/index.html (+4ms) ',
    ])
      expect(condenser.take(line)).toBe('counted');
    expect(condenser.progress()).toBe('已生成 3 个文件（2 个沿用上次构建）');
  });

  it('never hides a warning or an error, even one that mentions a page', () => {
    expect(classifyBuildLine('11:35:07 [WARN] [router] /news/x/index.html 路径重复')).toBe('other');
    expect(classifyBuildLine('[ERROR] Could not render /news/x/index.html')).toBe('other');
  });
});
