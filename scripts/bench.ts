// Build benchmark: generates a synthetic county with N news items into a temporary folder, builds the full
// site from it with the production build (`npm run build`: astro build + search index) with a cold and then a
// warm image cache, builds a bare Astro + Pagefind site from the same entries as a baseline, and reports
// per-phase wall time and peak memory, pages per second, dist/ and search index sizes, and the transfer size
// of an article page. See README "Benchmarks".
//
//   npm run bench -- [--items 10000] [--json] [--keep]
//   further options: --people 300 --stories 400 --photos 30 --seed N --no-cold --no-incremental --no-baseline --strict
//
// The build runs in a snapshot of this project in the temporary folder (code and config copied, packages
// linked), so its caches start empty for the cold build and the working copy's node_modules/.astro, .astro/
// and dist/ are never touched, even while other builds run in it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, integerOption, isMainModule, parseCommandArgs, runCommand } from './lib/command';
import { addNewsItem, generateCounty } from './lib/county/write-content';
import { killCurrent, runTimed, type TimedLine, type TimedRun } from './lib/bench-measure';
import { snapshotProject, writeBaselineProject } from './lib/bench-projects';
import {
  articleReport,
  distReport,
  formatReport,
  parsePhases,
  peak,
  summarize,
  type BaselineResult,
  type BuildResult,
} from './lib/bench-report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `用法：npm run bench -- [--items N] [--json] [--keep]
  --items N        新闻条数（默认 10000）
  --json           只在标准输出打印一个 JSON 对象（进度写到标准错误）
  --keep           保留临时文件夹（生成的内容、两个项目、dist、构建日志）
  --people N       五老典型数（默认 300）     --stories N   活动纪实数（默认 400）
  --photos N       不同的照片数（默认 30，1600×1200，复制给各篇稿件）
  --seed N         随机种子（默认固定，每次生成同样的县）
  --no-cold        不做冷缓存构建       --no-baseline  不做基线对比
  --no-incremental 不测“加一条新闻后重新生成”
  --strict         有指标未达标时退出码为 1`;

interface Options {
  items: number;
  people: number;
  stories: number;
  photos: number;
  seed: number | undefined;
  json: boolean;
  keep: boolean;
  cold: boolean;
  incremental: boolean;
  baseline: boolean;
  strict: boolean;
}

export function parseArgs(argv: string[]): Options {
  const { values } = parseCommandArgs(argv, {
    options: {
      items: { type: 'string' },
      people: { type: 'string' },
      stories: { type: 'string' },
      photos: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      keep: { type: 'boolean' },
      'no-cold': { type: 'boolean' },
      'no-incremental': { type: 'boolean' },
      'no-baseline': { type: 'boolean' },
      strict: { type: 'boolean' },
    },
  });
  return {
    items: integerOption('--items', values.items, 10_000),
    people: integerOption('--people', values.people, 300),
    stories: integerOption('--stories', values.stories, 400),
    photos: Math.max(1, integerOption('--photos', values.photos, 30)),
    seed: values.seed === undefined ? undefined : integerOption('--seed', values.seed, 0),
    json: values.json ?? false,
    keep: values.keep ?? false,
    cold: !values['no-cold'],
    incremental: !values['no-incremental'],
    baseline: !values['no-baseline'],
    strict: values.strict ?? false,
  };
}

/** The environment for a child build: ours, without Vite/Vitest variables, plus the overrides. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/.test(key)),
  );
  return { ...env, ...extra };
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  const say = (line: string) => (options.json ? process.stderr : process.stdout).write(`${line}\n`);
  const started = performance.now();
  const clock = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s`;
  const tmp = mkdtempSync(join(tmpdir(), 'ggw-bench-'));
  const paths = {
    content: join(tmp, 'content'),
    photos: join(tmp, 'photos'),
    project: join(tmp, 'project'),
    baseline: join(tmp, 'baseline'),
    // Output inside each project: the prerender chunks Astro leaves there resolve packages from its node_modules.
    dist: join(tmp, 'project', 'dist-bench'),
    distCold: join(tmp, 'project', 'dist-bench-cold'),
    baselineDist: join(tmp, 'baseline', 'dist'),
    logs: tmp,
  };
  let cleaned = false;
  const cleanup = () => {
    if (cleaned) return;
    cleaned = true;
    if (options.keep) say(`临时文件保留在 ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  };
  const interrupt = (signal: NodeJS.Signals) => {
    killCurrent();
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);

  try {
    say(`[${clock()}] 基准测试：${options.items} 条新闻，${options.people} 位五老，${options.stories} 篇活动纪实；临时文件夹 ${tmp}`);
    say(`[${clock()}] 机器：${cpus().length} 核，${Math.round(totalmem() / 2 ** 30)} GB，Node ${process.version}`);
    const county = await generateCounty({
      dir: paths.content,
      photoDir: paths.photos,
      news: options.items,
      people: options.people,
      stories: options.stories,
      photos: options.photos,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    });
    const counts = {
      news: county.news.length,
      people: county.people.length,
      stories: county.stories.length,
      bulletins: county.bulletins.length,
      photos: county.photos.distinct,
      photoCopies: county.photos.copies,
    };
    say(
      `[${clock()}] 已生成：${counts.news} 条新闻（繁体 ${county.news.filter((n) => n.traditional).length}，有封面 ${county.news.filter((n) => n.cover).length}），` +
        `${counts.people} 位五老，${counts.stories} 篇活动纪实，${counts.bulletins} 期《关工动态》，${counts.photos} 张照片复制为 ${counts.photoCopies} 份（${(county.ms / 1000).toFixed(1)} 秒）`,
    );
    snapshotProject(ROOT, paths.project);
    say(`[${clock()}] 项目快照：${paths.project}（代码和配置照当前工作区复制，依赖链接到 node_modules，缓存独立）`);

    const build = async (label: string, outDir: string): Promise<BuildResult> => {
      say(`[${clock()}] 构建（${label}）：npm run build，CONTENT_DIR=${paths.content} OUT_DIR=${outDir}`);
      const logFile = join(paths.logs, `build-${label}.log`);
      const run = await runTimed('npm', ['run', 'build'], {
        cwd: paths.project,
        // Every line of the build (the phases are read from its page and image lines).
        env: childEnv({ CONTENT_DIR: paths.content, OUT_DIR: outDir, BUILD_VERBOSE: '1' }),
        logFile,
        onLine: progressPrinter(say, label),
      });
      // Every line with its arrival time (ms), for looking into a phase afterwards (--keep).
      writeFileSync(`${logFile.slice(0, -4)}.timed.tsv`, run.lines.map((l) => `${Math.round(l.t)}\t${l.text}`).join('\n'));
      if (run.code !== 0) throw new BuildError(`构建（${label}）失败，退出码 ${run.code ?? run.signal}`, run);
      const phases = parsePhases(run.lines, run.wallMs, run.samples);
      const result = { wallMs: run.wallMs, phases, peakRss: peak(run.samples), cpuSeconds: run.samples.at(-1)?.cpu ?? 0, load: run.load };
      say(
        `[${clock()}] 构建（${label}）完成：${(run.wallMs / 1000).toFixed(1)} 秒，峰值内存 ${Math.round(result.peakRss / 2 ** 20)} MB，负载 ${run.load.map((l) => l.toFixed(1)).join('→')}`,
      );
      return result;
    };

    const cold = options.cold ? await build('cold', paths.distCold) : undefined;
    if (cold && !options.keep) rmSync(paths.distCold, { recursive: true, force: true });
    const warm = await build('warm', paths.dist);

    say(`[${clock()}] 统计 dist/ 和文章页传输大小…`);
    const dist = distReport(paths.dist);
    const base = readBase(paths.dist);
    const article = articleReport(paths.dist, base);

    let incremental: BuildResult | undefined;
    if (options.incremental) {
      const added = addNewsItem(county);
      say(`[${clock()}] 加一条新闻（${added.slice(paths.content.length + 1)}）后重新生成：`);
      incremental = await build('incremental', paths.dist);
    }

    let baseline: BaselineResult | undefined;
    if (options.baseline) {
      writeBaselineProject(ROOT, paths.baseline);
      const env = childEnv({
        CONTENT_DIR: paths.content,
        OUT_DIR: paths.baselineDist,
        PATH: `${join(paths.baseline, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
      });
      const runBaseline = async (label: string) => {
        say(`[${clock()}] 基线（${label}）：裸 Astro 站点（每条一页、同样的 Markdown、朴素版式）+ pagefind --site`);
        const astro = await runTimed('astro', ['build'], { cwd: paths.baseline, env, logFile: join(paths.logs, `baseline-${label}.log`) });
        if (astro.code !== 0) throw new BuildError(`基线 astro build（${label}）失败`, astro);
        const pagefind = await runTimed('pagefind', ['--site', paths.baselineDist], {
          cwd: paths.baseline,
          env,
          logFile: join(paths.logs, `baseline-pagefind-${label}.log`),
        });
        if (pagefind.code !== 0) throw new BuildError(`基线 pagefind（${label}）失败`, pagefind);
        const wallMs = astro.wallMs + pagefind.wallMs;
        say(
          `[${clock()}] 基线（${label}）完成：${(wallMs / 1000).toFixed(1)} 秒（astro ${(astro.wallMs / 1000).toFixed(1)} + pagefind ${(pagefind.wallMs / 1000).toFixed(1)}）`,
        );
        return { astro, pagefind, wallMs };
      };
      const first = await runBaseline('cold');
      const second = await runBaseline('warm');
      const report = distReport(paths.baselineDist);
      baseline = {
        astroMs: second.astro.wallMs,
        pagefindMs: second.pagefind.wallMs,
        wallMs: second.wallMs,
        coldWallMs: first.wallMs,
        pages: report.htmlPages,
        peakRss: Math.max(peak(second.astro.samples), peak(second.pagefind.samples)),
        searchIndexBytes: report.searchIndexBytes,
      };
    }

    const summary = summarize({ items: options.items, counts, cold, warm, incremental, dist, article, baseline, generateMs: county.ms });
    writeFileSync(join(tmp, 'bench.json'), `${JSON.stringify(summary, null, 2)}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      say('');
      say(formatReport(summary));
    }
    say(`[${clock()}] 完成。`);
    const missed = Object.entries(summary.targets)
      .filter(([, t]) => t.pass === false)
      .map(([name]) => name);
    if (missed.length) say(`未达标：${missed.join(', ')}`);
    return options.strict && missed.length ? EXIT.problems : EXIT.ok;
  } catch (error) {
    if (error instanceof BuildError) {
      process.stderr.write(
        `${error.message}\n--- 输出的最后 40 行 ---\n${error.run.lines
          .slice(-40)
          .map((l) => l.text)
          .join('\n')}\n`,
      );
    } else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.problems;
  } finally {
    cleanup();
  }
}

class BuildError extends Error {
  constructor(
    message: string,
    readonly run: TimedRun,
  ) {
    super(message);
  }
}

/** The site's base path, from the built home page's canonical link (defaults to /). */
function readBase(dist: string): string {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) return '/';
  const canonical = /<link rel="canonical" href="https?:\/\/[^/"]+(\/[^"]*)"/.exec(readFileSync(home, 'utf8'))?.[1];
  return canonical ?? '/';
}

/** Progress while a build runs: each phase as it starts, and the pages done every 15 seconds. */
function progressPrinter(say: (line: string) => void, label: string): (line: TimedLine) => void {
  let pages = 0;
  let lastReport = 0;
  const at = (t: number) => `${(t / 1000).toFixed(1)}s`;
  return (line) => {
    const text = line.text;
    if (/├─ /.test(text)) {
      pages++;
      if (line.t - lastReport > 15_000) {
        lastReport = line.t;
        say(`    ${label} ${at(line.t)}：已生成 ${pages} 个文件（${/├─ (\S+)/.exec(text)?.[1] ?? ''}）`);
      }
      return;
    }
    const marker = /\[content\] Syncing content/.test(text)
      ? '读取内容（content layer）'
      : /\[content\] Synced content/.test(text)
        ? '打包（Vite）'
        : /generating static routes/.test(text)
          ? '生成页面'
          : /generating optimized images/.test(text)
            ? '生成图片'
            : /\[build\] Complete!/.test(text)
              ? '建立搜索索引'
              : /\[(ERROR|WARN)\]|Error:/.test(text)
                ? `注意：${text.trim().slice(0, 200)}`
                : undefined;
    if (marker) say(`    ${label} ${at(line.t)}：${marker}`);
  };
}

// The build's child processes are waited for; exit at once after the report in any case.
if (isMainModule(import.meta.url)) void runCommand(USAGE, main, { exitWhenDone: true });
