// npm run audit: the built site (dist/) measured with outside tools. Lighthouse on home, an article, a story
// with its gallery and search (mobile and desktop); the W3C Nu checker on every page; axe at the largest
// text step on a phone. Prints a table; exit 0 when every target is met, 1 when not, 2 on usage errors.
//   npm run audit                    everything (Lighthouse: median of 3 runs per page and device)
//   npm run audit -- --runs 1        one Lighthouse run each (quicker, noisier)
//   npm run audit -- --skip-lighthouse --skip-nu --skip-axe   leave a tool out
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../tests/browser/static-server';
import { runAxe } from './lib/audit/axe';
import { runLighthouse } from './lib/audit/lighthouse';
import { javaAvailable, runNu } from './lib/audit/nu';
import { lighthouseMisses, lighthouseTable, medianRow, type LighthouseRow } from './lib/audit/report';

const LIGHTHOUSE_PAGES = [
  { page: '首页', path: '' },
  { page: '新闻正文', path: 'news/2025-11-03-dongtang-dongji-guanai/' },
  { page: '活动纪实（图集）', path: 'stories/2025-07-dongtang-jiari-xuexiao/' },
  { page: '搜索', path: `search/?q=${encodeURIComponent('留守儿童')}`, seoExempt: true },
];
/** One page of every template, for axe. */
const AXE_PAGES = [
  '',
  'news/',
  'news/2025-11-03-dongtang-dongji-guanai/',
  'people/',
  'people/li-xiuying/',
  'stories/',
  'stories/2025-07-dongtang-jiari-xuexiao/',
  'bulletins/',
  'bulletins/2026-04/',
  'townships/',
  'townships/qingshan/',
  'topics/',
  'topics/liushou-ertong/',
  'archive/',
  'archive/2025/11/',
  `search/?q=${encodeURIComponent('留守儿童')}`,
  'subscribe/',
  'no-such-page/',
];

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const known = ['--skip-lighthouse', '--skip-nu', '--skip-axe'];
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  if (runsAt >= 0) args.splice(runsAt, 2);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) {
    console.error(`--runs 应为 1 到 9 的整数，收到 ${args[runsAt + 1] ?? '（空）'}`);
    return 2;
  }
  const unknown = args.filter((a) => !known.includes(a));
  if (unknown.length) {
    console.error(`不认识的参数：${unknown.join(' ')}（可用：${known.join(' ')} --runs N）`);
    return 2;
  }
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) {
    console.error('dist/ 不存在：请先运行 npm run build');
    return 2;
  }
  let failed = false;
  const load = () =>
    execSync('uptime', { encoding: 'utf8' })
      .trim()
      .replace(/.*load average:\s*/, '');
  console.log(`机器负载（1/5/15 分钟平均）：${load()}。Lighthouse 的性能分在繁忙的机器上会波动。`);

  const { server, url } = await serveDist(dist, '/');
  try {
    if (!args.includes('--skip-nu')) {
      if (!javaAvailable()) {
        console.log('\n【W3C Nu 检查】跳过：本机没有 Java（请 apt-get install default-jre-headless 后再运行）。');
      } else {
        const started = Date.now();
        const errors = runNu(dist);
        console.log(
          `\n【W3C Nu 检查】dist/ 里全部 HTML 页面，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒：${errors.length ? `${errors.length} 个错误` : '0 个错误'}`,
        );
        for (const e of errors.slice(0, 50)) console.log(`  ${e}`);
        if (errors.length) failed = true;
      }
    }
    if (!args.includes('--skip-axe')) {
      const results = await runAxe(AXE_PAGES.map((p) => ({ page: `/${p}`, url: new URL(p, url).toString() })));
      const bad = results.filter((r) => r.violations.length);
      console.log(
        `\n【axe，WCAG 2.2 AA，手机 390×844、最大字号】${results.length} 个页面：${bad.length ? `${bad.length} 个页面有问题` : '全部没有问题'}`,
      );
      for (const r of bad) for (const v of r.violations) console.log(`  ${r.page} ${v}`);
      if (bad.length) failed = true;
    }
    if (!args.includes('--skip-lighthouse')) {
      const rows: LighthouseRow[] = [];
      for (const p of LIGHTHOUSE_PAGES) {
        for (const formFactor of ['mobile', 'desktop'] as const) {
          const each: LighthouseRow[] = [];
          for (let i = 0; i < runs; i++)
            each.push(await runLighthouse(new URL(p.path, url).toString(), p.page, formFactor, p.seoExempt ?? false));
          rows.push(medianRow(each));
          process.stdout.write(
            `  ${p.page}（${formFactor === 'mobile' ? '手机' : '电脑'}）性能：${each.map((r) => r.performance).join('、')}\n`,
          );
        }
      }
      console.log(
        `\n【Lighthouse，每页每种设备 ${runs} 次取中位数】目标：性能 ≥ 95，无障碍、最佳实践、SEO 100（搜索页不收录，免 SEO），CLS ≤ 0.05`,
      );
      console.log(lighthouseTable(rows));
      if (rows.some((r) => lighthouseMisses(r).length)) failed = true;
      console.log(`运行后负载：${load()}`);
    }
  } finally {
    server.close();
  }
  console.log(failed ? '\n未全部达标。' : '\n全部达标。');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
