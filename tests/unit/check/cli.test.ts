// End to end: `npx tsx scripts/check.ts` as a child process.
import { describe, expect, it } from 'vitest';
import { REPO, runScript, tempSite } from '../../fixtures/temp-site';

describe('npm run check', () => {
  it('passes the demo county: exit 0, no errors, a summary line', { timeout: 60_000 }, async () => {
    const result = await runScript('check.ts', ['--root', REPO]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/^错误/m);
    // The demo county has no problems at all now (its Traditional-character entries were converted).
    expect(result.stdout).toMatch(/检查了 \d+ 篇稿件.*：(0 个错误，\d+ 个警告|没有发现问题)。/);
  });

  it('exits non-zero on errors, zero on warnings only, and --json gives the problems to tools', { timeout: 60_000 }, async () => {
    const site = tempSite('ggw-check-cli-');
    try {
      site.write('content/news/2025/2025-11-03-a.md', '---\ntitle: 河口鎮關工委\ndate: 2025-11-03\ntownship: hekou\n---\n正文。\n');
      const warningsOnly = await runScript('check.ts', ['--root', site.root, '--json']);
      expect(warningsOnly.code).toBe(0);
      const json = JSON.parse(warningsOnly.stdout) as {
        ok: boolean;
        errors: number;
        warnings: number;
        problems: { rule: string; line: number; file: string }[];
      };
      expect(json).toMatchObject({ ok: true, errors: 0, warnings: 1 });
      expect(json.problems[0]).toMatchObject({ rule: 'traditional', line: 2, file: 'content/news/2025/2025-11-03-a.md' });

      site.write('content/news/2025/2025-11-04-b.md', '---\ntitle: 乙\ndate: 2025-11-04\ntownship: nowhere\n---\n正文。\n');
      const withError = await runScript('check.ts', ['--root', site.root]);
      expect(withError.code).toBe(1);
      expect(withError.stdout).toMatch(/^错误 1 处/);
      expect(withError.stdout).toContain(
        'content/news/2025/2025-11-04-b.md:4  township  未知的township（乡镇） "nowhere"  (可用：chengguan（城关镇）',
      );
    } finally {
      site.remove();
    }
  });
  it('refuses a wrong call with a Chinese sentence and the usage, exit 2', { timeout: 60_000 }, async () => {
    const badDay = await runScript('check.ts', ['--root', REPO, '--today', '2026-13-40']);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('--today 要写成 YYYY-MM-DD 的日期，收到“2026-13-40”');
    expect(badDay.stderr).toContain('用法：npm run check');
    const extra = await runScript('check.ts', ['content']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('多余的参数：content');
  });
});
