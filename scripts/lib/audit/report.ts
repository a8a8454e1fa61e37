// What `npm run audit` measures and how it is judged: targets, the pass/fail of each row, the printed table.
// Pure functions (no browser, no Java), unit-tested in tests/unit/audit-report.test.ts.

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseRow {
  page: string;
  formFactor: FormFactor;
  /** Category scores 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Cumulative layout shift. */
  cls: number;
  /** The search page asks not to be indexed (noindex), so SEO is not judged there. */
  seoExempt: boolean;
}

export interface AuditTargets {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
}

export const TARGETS: AuditTargets = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100, cls: 0.05 };

/** Why a Lighthouse row misses its targets (empty when it meets them all). */
export function lighthouseMisses(row: LighthouseRow, targets: AuditTargets = TARGETS): string[] {
  const misses: string[] = [];
  if (row.performance < targets.performance) misses.push(`性能 ${row.performance} < ${targets.performance}`);
  if (row.accessibility < targets.accessibility) misses.push(`无障碍 ${row.accessibility} < ${targets.accessibility}`);
  if (row.bestPractices < targets.bestPractices) misses.push(`最佳实践 ${row.bestPractices} < ${targets.bestPractices}`);
  if (!row.seoExempt && row.seo < targets.seo) misses.push(`SEO ${row.seo} < ${targets.seo}`);
  if (row.cls > targets.cls) misses.push(`CLS ${row.cls.toFixed(3)} > ${targets.cls}`);
  return misses;
}

/**
 * Several Lighthouse runs of one page as one row: the median of each score and of CLS. Performance on a busy
 * shared machine varies by 10–20 points from run to run; the median of three is what Lighthouse's own docs advise.
 */
export function medianRow(runs: LighthouseRow[]): LighthouseRow {
  if (runs.length === 0) throw new Error('medianRow: no runs');
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  return {
    ...runs[0]!,
    performance: Math.round(median(runs.map((r) => r.performance))),
    accessibility: Math.round(median(runs.map((r) => r.accessibility))),
    bestPractices: Math.round(median(runs.map((r) => r.bestPractices))),
    seo: Math.round(median(runs.map((r) => r.seo))),
    cls: median(runs.map((r) => r.cls)),
  };
}

/** A plain-text table with columns padded to the widest cell (CJK characters count as two columns). */
export function formatTable(header: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - width(c)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function lighthouseTable(rows: LighthouseRow[]): string {
  return formatTable(
    ['页面', '设备', '性能', '无障碍', '最佳实践', 'SEO', 'CLS', '结果'],
    rows.map((r) => {
      const misses = lighthouseMisses(r);
      return [
        r.page,
        r.formFactor === 'mobile' ? '手机' : '电脑',
        String(r.performance),
        String(r.accessibility),
        String(r.bestPractices),
        r.seoExempt ? `${r.seo}（免）` : String(r.seo),
        r.cls.toFixed(3),
        misses.length ? `未达标：${misses.join('；')}` : '达标',
      ];
    }),
  );
}

export interface NuMessage {
  type: string;
  subType?: string | undefined;
  url?: string | undefined;
  lastLine?: number | undefined;
  message: string;
}

/** The Nu checker's JSON output (--format json) as one line per error; warnings and info are not failures. */
export function nuErrors(json: string, root: string): string[] {
  const parsed = JSON.parse(json) as { messages?: NuMessage[] };
  return (parsed.messages ?? [])
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = (m.url ?? '').replace(/^file:/, '').replace(root, '');
      return `${file}${m.lastLine ? `:${m.lastLine}` : ''} ${m.message}`;
    });
}
