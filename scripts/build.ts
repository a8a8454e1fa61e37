// npm run build: astro build, then the search index. Astro's per-page and per-image lines are counted, not
// printed (the full log is kept in node_modules/.cache/build.log); BUILD_VERBOSE=1 prints everything as it
// comes (the benchmark reads the phases from it).
//
//   npm run build [-- <astro build options>]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/lib/search/indexer';
import { BuildOutputCondenser } from './lib/build-log';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.env['BUILD_VERBOSE'] === '1';
const logDir = join(ROOT, 'node_modules', '.cache');
mkdirSync(logDir, { recursive: true });
const logPath = join(logDir, 'build.log');
const log = createWriteStream(logPath);
const condenser = new BuildOutputCondenser();
const tty = process.stdout.isTTY && !verbose;
let lastProgress = 0;

function showProgress(force = false) {
  const now = Date.now();
  if (!force && now - lastProgress < (tty ? 200 : 10_000)) return;
  lastProgress = now;
  if (tty) process.stdout.write(`\r\x1b[2K  ${condenser.progress()}…`);
  else console.log(`  ${condenser.progress()}…`);
}

function line(text: string) {
  log.write(`${text}\n`);
  if (verbose) return console.log(text);
  const what = condenser.take(text);
  if (what === 'show') {
    if (tty) process.stdout.write('\r\x1b[2K');
    console.log(text);
  } else if (what === 'counted') showProgress();
}

const started = Date.now();
const astro = spawn('astro', ['build', ...process.argv.slice(2)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
createInterface({ input: astro.stdout }).on('line', line);
createInterface({ input: astro.stderr }).on('line', line);
const code = await new Promise<number>((done) => {
  astro.on('error', (error) => {
    line(`无法启动 astro：${error.message}`);
    done(1);
  });
  astro.on('close', (c) => done(c ?? 1));
});
if (tty) process.stdout.write('\r\x1b[2K');
const logName = relative(process.cwd(), logPath) || logPath;
if (code !== 0) {
  log.end();
  console.error(`\n构建失败（astro build 退出码 ${code}）。上面是出错信息，完整日志：${logName}`);
  process.exit(1);
}
if (!verbose) console.log(`  ${condenser.progress()}。完整日志：${logName}`);

// The same folder astro build wrote: OUT_DIR (as in astro.config.mjs, relative to the project root) or dist.
const siteDir = resolve(ROOT, process.env['OUT_DIR'] || 'dist');
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`找不到 ${siteDir}/index.html：astro build 没有写出网站`);
  process.exit(1);
}
try {
  await buildSearchIndex({ siteDir, log: (text) => (log.write(`${text}\n`), console.log(text)) });
} catch (error) {
  console.error(`搜索索引失败：${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
}
log.end();
console.log(`构建完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒：${relative(process.cwd(), siteDir) || siteDir}/`);
