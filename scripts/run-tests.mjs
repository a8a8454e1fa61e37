// npm test: every step runs and every failure is reported, not only the first one. Browser tests need the
// build, so they are skipped (and said to be) when it fails. Ends with one line "tests: N passed, N failed".
//
//   npm test                      all steps
//   npm test -- unit browser      only the named steps (names below)
import { spawn } from 'node:child_process';

const STEPS = [
  { name: 'node', label: 'Node 版本', command: ['node', 'scripts/check-node.mjs'], essential: true },
  { name: 'types', label: '类型检查', command: ['npm', 'run', '--silent', 'check:types'] },
  { name: 'lint', label: '代码检查', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'unit', label: '单元测试', command: ['npm', 'run', '--silent', 'test:unit'] },
  { name: 'security', label: '安全测试', command: ['npm', 'run', '--silent', 'test:security'] },
  { name: 'build', label: '构建网站', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'browser', label: '浏览器测试', command: ['npm', 'run', '--silent', 'test:browser'], needs: 'build' },
];

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** vitest's summary line: "Tests  3 failed | 370 passed | 2 skipped (375)". */
function testCounts(output) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const line of output.replace(ANSI, '').split('\n')) {
    if (!/^\s*Tests\s+\d/.test(line)) continue;
    for (const [, n, kind] of line.matchAll(/(\d+) (passed|failed|skipped)/g)) counts[kind] += Number(n);
  }
  return counts;
}

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk, stream) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const chosen = process.argv.slice(2);
const unknown = chosen.filter((n) => !STEPS.some((s) => s.name === n));
if (unknown.length) {
  console.error(`不认识的步骤：${unknown.join(' ')}。可选：${STEPS.map((s) => s.name).join(' ')}`);
  process.exit(2);
}

const results = [];
let stop = false;
for (const step of STEPS) {
  if (chosen.length && !chosen.includes(step.name) && !step.essential) continue;
  const needed = results.find((r) => r.step.name === step.needs);
  if (stop || (needed && needed.status !== 'ok')) {
    results.push({ step, status: 'skipped', seconds: 0, counts: testCounts('') });
    continue;
  }
  console.log(`\n== ${step.label}（${step.command.join(' ')}）`);
  const started = Date.now();
  const { code, output } = await run(step.command);
  const counts = testCounts(output);
  results.push({ step, status: code === 0 ? 'ok' : 'failed', seconds: (Date.now() - started) / 1000, counts });
  if (code !== 0 && step.essential) stop = true;
}

const STATUS = { ok: '通过', failed: '失败', skipped: '跳过（前一步失败）' };
console.log('\n== 汇总');
for (const r of results) {
  const tests = r.counts.passed + r.counts.failed ? `  ${r.counts.passed} 通过，${r.counts.failed} 失败` : '';
  console.log(`  ${r.step.label.padEnd(6, '　')}  ${STATUS[r.status]}  ${r.seconds.toFixed(0).padStart(4)} 秒${tests}`);
}
const passed = results.reduce((n, r) => n + r.counts.passed, 0);
// A step that failed without a failed test (types, build, a crashed runner) counts as one failure.
const failed = results.reduce((n, r) => n + (r.status === 'failed' ? Math.max(1, r.counts.failed) : 0), 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.some((r) => r.status !== 'ok') ? 1 : 0);
