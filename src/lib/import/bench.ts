// Scoring the importer on a corpus of real-shaped submissions (tests/fixtures/submissions): each file has a
// sidecar `<file>.expect.json` with the title, date, author and township a person would give it, the sentences
// that must survive and the lines that must go. `npm run bench:import` prints the table; a unit test guards it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSimplified } from '../text/traditional';
import { displayWidth, padEnd } from './run';
import type { ImportResult } from './import';

export interface Expected {
  title: string;
  date: string;
  author: string | null;
  township: string;
  keep: string[];
  drop: string[];
  truncated: boolean;
  holdout: boolean;
}

export interface CorpusItem {
  file: string;
  path: string;
  expected: Expected;
}

/** Every submission in the folder that has a sidecar, sorted by name. */
export function loadCorpus(dir: string): CorpusItem[] {
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.expect.json') && existsSync(join(dir, `${name}.expect.json`)))
    .sort()
    .map((file) => ({
      file,
      path: join(dir, file),
      expected: JSON.parse(readFileSync(join(dir, `${file}.expect.json`), 'utf8')) as Expected,
    }));
}

/** Text as compared: widths folded, Traditional folded to Simplified, no spaces or Markdown escapes. */
export function comparable(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/[\s\\]/g, '');
}

function names(value: string | null | undefined): string {
  return (value ?? '')
    .split(/[、，,；;\s]+/)
    .filter(Boolean)
    .sort()
    .join('、');
}

export interface Score {
  file: string;
  holdout: boolean;
  title: boolean;
  date: boolean;
  author: boolean;
  township: boolean;
  truncation: boolean;
  keptFound: number;
  keptTotal: number;
  missing: string[];
  junkTotal: number;
  junkLeft: string[];
  /** What the importer gave, for the report of misses. */
  got: { title: string | null; date: string | null; author: string | null; township: string | null };
}

/** Compares one import with what a person expects of it. The headline left at the top of the body counts as junk. */
export function scoreResult(file: string, result: ImportResult, expected: Expected): Score {
  const r = result.record;
  const body = comparable(r.body);
  const missing = expected.keep.filter((s) => !body.includes(comparable(s)));
  const junkLeft = expected.drop.filter(
    (d) => comparable(d) && (body.includes(comparable(d)) || (r.title !== null && comparable(r.title).includes(comparable(d)))),
  );
  const firstLine = r.body.split('\n').find((l) => l.trim()) ?? '';
  if (comparable(firstLine) === comparable(expected.title)) junkLeft.push(`（标题又作为正文第一段）${expected.title}`);
  const flaggedTruncated = result.flags.some((f) => f.includes('不完整'));
  return {
    file,
    holdout: expected.holdout,
    title: comparable(r.title ?? '') === comparable(expected.title),
    date: r.date === expected.date,
    author: names(r.author) === names(expected.author),
    township: r.township === expected.township,
    truncation: flaggedTruncated === expected.truncated,
    keptFound: expected.keep.length - missing.length,
    keptTotal: expected.keep.length,
    missing,
    junkTotal: expected.drop.length + 1,
    junkLeft,
    got: { title: r.title, date: r.date, author: r.author, township: r.township },
  };
}

export interface Summary {
  files: number;
  title: number;
  date: number;
  author: number;
  township: number;
  truncation: number;
  /** Share of the corpus with every field right (title, date, author, township). */
  allFields: number;
  recall: number;
  junkLeft: number;
  junkTotal: number;
}

export function summarise(scores: Score[]): Summary {
  const share = (pick: (s: Score) => boolean) => (scores.length ? scores.filter(pick).length / scores.length : 1);
  const kept = scores.reduce((n, s) => n + s.keptFound, 0);
  const keptTotal = scores.reduce((n, s) => n + s.keptTotal, 0);
  return {
    files: scores.length,
    title: share((s) => s.title),
    date: share((s) => s.date),
    author: share((s) => s.author),
    township: share((s) => s.township),
    truncation: share((s) => s.truncation),
    allFields: share((s) => s.title && s.date && s.author && s.township),
    recall: keptTotal ? kept / keptTotal : 1,
    junkLeft: scores.reduce((n, s) => n + s.junkLeft.length, 0),
    junkTotal: scores.reduce((n, s) => n + s.junkTotal, 0),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The table `npm run bench:import` prints: one row per set (tuned on, held out, all). */
export function formatBench(scores: Score[]): string {
  const sets: [string, Score[]][] = [
    ['调试用', scores.filter((s) => !s.holdout)],
    ['留出（未调试）', scores.filter((s) => s.holdout)],
    ['全部', scores],
  ];
  const header = ['语料', '篇数', '标题', '日期', '作者', '乡镇', '四项全对', '截断判断', '保留句召回', '残留杂项'];
  const rows = sets.map(([name, set]) => {
    const s = summarise(set);
    return [
      name,
      String(s.files),
      pct(s.title),
      pct(s.date),
      pct(s.author),
      pct(s.township),
      pct(s.allFields),
      pct(s.truncation),
      pct(s.recall),
      `${s.junkLeft}/${s.junkTotal}（${pct(s.junkTotal ? s.junkLeft / s.junkTotal : 0)}）`,
    ];
  });
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]!))));
  const line = (r: string[]) =>
    r
      .map((cell, c) => padEnd(cell, widths[c]!))
      .join('  ')
      .trimEnd();
  const misses: string[] = [];
  for (const s of scores) {
    const wrong = [
      !s.title && `标题“${s.got.title}”`,
      !s.date && `日期 ${s.got.date}`,
      !s.author && `作者 ${s.got.author}`,
      !s.township && `乡镇 ${s.got.township}`,
      !s.truncation && '截断判断',
      s.missing.length && `缺句 ${s.missing.map((m) => `“${m.slice(0, 20)}”`).join(' ')}`,
      s.junkLeft.length && `残留 ${s.junkLeft.map((j) => `“${j.slice(0, 24)}”`).join(' ')}`,
    ].filter(Boolean);
    if (wrong.length) misses.push(`  ${s.file}${s.holdout ? '（留出）' : ''}：${wrong.join('；')}`);
  }
  return [
    line(header),
    line(widths.map((w) => '─'.repeat(w))),
    ...rows.map(line),
    ...(misses.length ? ['', '未做对的：', ...misses] : []),
  ].join('\n');
}
