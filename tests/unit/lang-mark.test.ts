// An entry written in Traditional characters on purpose says so (lang: zh-Hant); check then leaves it alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckProblem } from '../../src/lib/check/check';
import { tempSite, type TempSite } from '../fixtures/temp-site';

const TRADITIONAL = '東塘鎮關工委為留守兒童搭起親情視頻橋';
const news = (fields: string) => `---\n${fields}\n---\n春節前夕，東塘鎮關工委在5個村設立親情視頻室。\n`;

let site: TempSite;
let problems: CheckProblem[];
beforeAll(() => {
  site = tempSite('ggw-lang-');
  site.write(
    'content/news/2026/2026-02-06-dongtang-marked.md',
    news(`title: ${TRADITIONAL}\ndate: 2026-02-06\ntownship: dongtang\nlang: zh-Hant`),
  );
  site.write(
    'content/news/2026/2026-02-07-dongtang-unmarked.md',
    news(`title: ${TRADITIONAL}（二）\ndate: 2026-02-07\ntownship: dongtang`),
  );
  site.write(
    'content/news/2026/2026-02-08-dongtang-wrong.md',
    news(`title: 东塘镇关工委\ndate: 2026-02-08\ntownship: dongtang\nlang: traditional`),
  );
  problems = checkContent({ root: site.root, today: '2026-11-22' }).problems;
});
afterAll(() => site.remove());

describe('lang: zh-Hant', () => {
  it('keeps the Traditional-character warning for unmarked entries only', () => {
    const traditional = problems.filter((p) => p.rule === 'traditional').map((p) => p.file);
    expect(traditional.some((f) => f.endsWith('unmarked.md'))).toBe(true);
    expect(traditional.some((f) => f.endsWith('marked.md') && !f.endsWith('unmarked.md'))).toBe(false);
  });
  it('rejects any other value with the allowed ones named', () => {
    const wrong = problems.filter((p) => p.file.endsWith('wrong.md') && p.severity === 'error');
    expect(wrong.map((p) => p.message).join('\n')).toContain('lang（文字）只能是 zh-Hant');
  });
});
