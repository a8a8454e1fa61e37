// Drafting the next issue of 《关工动态》: numbering, the month's items grouped by section, what was left out.
// Pure: the caller reads content/ (draft.ts) and writes the file; everything here is data in, data out.
import { formatChineseDate, formatYearMonth, isYearMonth, yearMonthOf, yearOf, type PlainDate, type YearMonth } from '../dates';
import { stringify } from 'yaml';
import { issueLine } from './issue-label';
import type { BulletinSectionRule, SiteConfig } from '../site-settings';

/** A news item or story as the assembler needs it. */
export interface CandidateItem {
  collection: 'news' | 'stories';
  id: string;
  /** content/… path, for messages. */
  file: string;
  title: string;
  date: PlainDate;
  topics: string[];
  draft: boolean;
  /** Where it happened, for the editor's comments in the draft (东塘镇荷花村). */
  place?: string | undefined;
  /** Set when the entry's frontmatter does not pass its schema: it cannot go into an issue. */
  invalid?: string | undefined;
}

/** An issue that already exists (published or draft). */
export interface ExistingIssue {
  id: string;
  file: string;
  month: YearMonth;
  issue: number;
  runningNumber?: number | undefined;
  editor?: string | undefined;
  draft: boolean;
  /** Its table of contents: 'news/<id>' and 'stories/<id>'. */
  refs: string[];
}

export interface AssembleSettings {
  bulletinName: string;
  runningNumber: boolean;
  numberingRestartsEachYear: boolean;
  bulletinSections: BulletinSectionRule[];
}

export interface AssembleInput {
  month: YearMonth;
  settings: AssembleSettings;
  items: CandidateItem[];
  issues: ExistingIssue[];
  /** Names of the published 五老典型, for sections with personInTitle. */
  peopleNames: string[];
  /** 出刊日期; defaults to the month's last day. */
  date?: PlainDate | undefined;
  /** 责任编辑; defaults to the previous issue's. */
  editor?: string | undefined;
}

export type LeftOutReason = 'draft' | 'carried' | 'no-section' | 'invalid';

export interface LeftOut {
  item: CandidateItem;
  reason: LeftOutReason;
  /** In Chinese, for the editor: 已刊于2026年第10期（content/bulletins/2026-10.md） */
  detail: string;
}

export interface PlannedSection {
  section: string;
  items: CandidateItem[];
}

export interface BulletinPlan {
  month: YearMonth;
  /** 2026年第11期 */
  title: string;
  issue: number;
  runningNumber?: number | undefined;
  date: PlainDate;
  editor: string;
  /** Sections in print order, empty ones dropped; items oldest first. */
  sections: PlannedSection[];
  /** The month's items that are not in the draft, and why. */
  leftOut: LeftOut[];
  /** Earlier months' published items that no issue carries (late arrivals), for the editor to consider. */
  uncarriedEarlier: CandidateItem[];
  warnings: string[];
}

export interface AssembleError {
  field: string;
  value: string;
  message: string;
  hint: string;
  /** When the month has items but none can go in: what was left out and why. */
  leftOut?: LeftOut[];
}

export type AssembleResult = { ok: true; plan: BulletinPlan } | { ok: false; error: AssembleError };

const ref = (item: Pick<CandidateItem, 'collection' | 'id'>) => `${item.collection}/${item.id}`;
const byDateThenId = (a: CandidateItem, b: CandidateItem) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
const monthBefore = (ym: YearMonth): YearMonth => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};
const lastDayOf = (ym: YearMonth): PlainDate => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The section that takes an item: conditioned sections first, in the listed order, then the catch-all ones. */
export function sectionFor(item: CandidateItem, rules: BulletinSectionRule[], peopleNames: string[]): BulletinSectionRule | undefined {
  const own = rules.filter((r) => r.collection === item.collection);
  const conditioned = own.filter((r) => r.topics.length > 0 || r.personInTitle);
  const matches = (r: BulletinSectionRule) =>
    (r.topics.length === 0 || r.topics.some((t) => item.topics.includes(t))) &&
    (!r.personInTitle || peopleNames.some((name) => name && item.title.includes(name)));
  return conditioned.find(matches) ?? own.find((r) => r.topics.length === 0 && !r.personInTitle);
}

/** Works out the next issue of `month`; refuses (as a value) when that issue exists or the month is not valid. */
/**
 * The next issue's 第N期 and 总第M期 from the issues before it: N restarts at 1 each January when the site
 * says so (numberingRestartsEachYear), M always counts on. runningNumber is undefined when it cannot be known.
 */
export function nextIssueNumbers(
  issues: Pick<ExistingIssue, 'month' | 'issue' | 'runningNumber'>[],
  month: YearMonth,
  settings: Pick<SiteConfig, 'numberingRestartsEachYear' | 'runningNumber'>,
): { issue: number; runningNumber?: number | undefined } {
  const earlier = issues.filter((i) => i.month < month);
  const counted = settings.numberingRestartsEachYear ? earlier.filter((i) => yearOf(i.month) === yearOf(month)) : earlier;
  const issue = Math.max(0, ...counted.map((i) => i.issue)) + 1;
  if (!settings.runningNumber) return { issue };
  const running = earlier.map((i) => i.runningNumber).filter((n): n is number => typeof n === 'number');
  return { issue, runningNumber: running.length ? Math.max(...running) + 1 : earlier.length ? undefined : 1 };
}

export function assembleBulletin(input: AssembleInput): AssembleResult {
  const { month, settings } = input;
  if (!isYearMonth(month)) {
    return fail('month', month, '年月格式不对', '写成 YYYY-MM，例如 npm run bulletin -- 2026-11');
  }
  const existing = input.issues.find((i) => i.month === month);
  if (existing) {
    return fail(
      'month',
      month,
      `${formatYearMonth(month)}的一期已经存在：${existing.file}（${issueLine(existing, false)}${existing.draft ? '，草稿' : ''}）`,
      '不会覆盖已有的一期。要重新起草，先删除或改名这个文件',
    );
  }
  if (input.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
    return fail('date', input.date, '出刊日期格式不对', '写成 YYYY-MM-DD，例如 --date 2026-11-28');
  }
  const warnings: string[] = [];
  const earlier = input.issues.filter((i) => i.month < month).sort((a, b) => a.month.localeCompare(b.month) || a.issue - b.issue);
  const previous = earlier.at(-1);
  const later = input.issues.filter((i) => i.month > month).sort((a, b) => a.month.localeCompare(b.month));

  // 第N期: one more than the last issue of the year (or of all time when numbering runs on).
  const year = yearOf(month);
  const next = nextIssueNumbers(input.issues, month, settings);
  const issue = next.issue;
  const clash = input.issues.find((i) => i.issue === issue && (!settings.numberingRestartsEachYear || yearOf(i.month) === year));
  if (clash) warnings.push(`${year}年第${issue}期这个期号已由 ${clash.file} 使用：请核对两期的期号`);

  // 总第M期: one more than the highest running number so far.
  const runningNumber = next.runningNumber;
  if (settings.runningNumber) {
    const numbers = earlier.map((i) => i.runningNumber).filter((n): n is number => n !== undefined);
    if (runningNumber === undefined) warnings.push('之前各期都没有填写 runningNumber（总期号），草稿里也没有填写：请手工补上');
    if (previous && previous.runningNumber === undefined && numbers.length) {
      warnings.push(`上一期 ${previous.file} 没有填写 runningNumber，总期号按更早的 ${Math.max(...numbers)} 推算，请核对`);
    }
  }
  if (previous && previous.month !== monthBefore(month)) {
    warnings.push(`上一期是 ${formatYearMonth(previous.month)}（${previous.file}），中间的月份没有出刊：期号接着上一期编`);
  }
  if (later.length) {
    warnings.push(`已经有更晚的一期（${later.map((i) => i.file).join('、')}）：它们的期号可能要顺延`);
  }

  const editor = input.editor?.trim() || previous?.editor;
  if (!editor) return fail('editor', '（空）', '没有上一期可参照，不知道责任编辑是谁', '用 --editor 姓名 写上，例如 --editor 王晓梅');

  // Which earlier issues carry each item.
  const carriers = new Map<string, ExistingIssue[]>();
  for (const i of input.issues) for (const r of i.refs) carriers.set(r, [...(carriers.get(r) ?? []), i]);

  const ofMonth = input.items.filter((item) => yearMonthOf(item.date) === month).sort(byDateThenId);
  const leftOut: LeftOut[] = [];
  const chosen = new Map<string, CandidateItem[]>(settings.bulletinSections.map((s) => [s.name, []]));
  for (const item of ofMonth) {
    if (item.invalid) {
      leftOut.push({ item, reason: 'invalid', detail: `头信息有误，先改正：${item.invalid}` });
      continue;
    }
    if (item.draft) {
      leftOut.push({ item, reason: 'draft', detail: '还是草稿（draft: true），发布后可以手工加入' });
      continue;
    }
    const carried = carriers.get(ref(item));
    if (carried?.length) {
      const where = carried.map((i) => `${issueLine(i, false)}（${i.file}）`).join('、');
      leftOut.push({ item, reason: 'carried', detail: `已刊于${where}` });
      warnings.push(`${ref(item)}「${item.title}」已刊于${where}，本期没有收入`);
      continue;
    }
    const section = sectionFor(item, settings.bulletinSections, input.peopleNames);
    if (!section) {
      leftOut.push({
        item,
        reason: 'no-section',
        detail: `site.yaml 的 bulletinSections 里没有收${item.collection === 'stories' ? '活动纪实（collection: stories）' : '新闻'}的栏目`,
      });
      continue;
    }
    chosen.get(section.name)!.push(item);
  }
  const sections = settings.bulletinSections
    .map((s) => ({ section: s.name, items: chosen.get(s.name)! }))
    .filter((s) => s.items.length > 0);
  if (sections.length === 0) {
    const why = leftOut.length ? `当月的 ${leftOut.length} 篇稿件都不能收入（见下面的清单）` : '当月没有已发布的工作动态或活动纪实';
    return {
      ok: false,
      error: {
        field: 'contents',
        value: month,
        message: `${formatYearMonth(month)}没有可以编入的稿件：${why}`,
        hint: '先发布当月的稿件（去掉 draft: true），或换一个月份',
        ...(leftOut.length ? { leftOut } : {}),
      },
    };
  }

  // Published items from before this month that no issue has carried: they may have arrived late.
  const uncarriedEarlier = input.items
    .filter((item) => !item.draft && !item.invalid && yearMonthOf(item.date) === monthBefore(month) && !carriers.has(ref(item)))
    .sort(byDateThenId);

  return {
    ok: true,
    plan: {
      month,
      title: `${year}年第${issue}期`,
      issue,
      runningNumber,
      date: input.date ?? lastDayOf(month),
      editor,
      sections,
      leftOut,
      uncarriedEarlier,
      warnings,
    },
  };
}

function fail(field: string, value: string, message: string, hint: string): AssembleResult {
  return { ok: false, error: { field, value, message, hint } };
}

/** A YAML scalar, quoted only when it has to be. */
const scalar = (value: string) => stringify(value).trimEnd();
const comment = (text: string) => text.replace(/[\r\n]+/g, ' ');
const describe = (item: CandidateItem) =>
  comment(`${formatChineseDate(item.date).slice(5)}${item.place ? ` ${item.place}` : ''} ${item.title}`);

/** The draft issue as Markdown: frontmatter with the editor's reminders as YAML comments, and a starting editor's note. */
export function renderBulletinDraft(plan: BulletinPlan, settings: Pick<AssembleSettings, 'bulletinName'>, command: string): string {
  const label = `《${settings.bulletinName}》${plan.title}${plan.runningNumber ? `（总第${plan.runningNumber}期）` : ''}`;
  const lines = [
    '---',
    `# ${label}草稿，由 ${command} 生成。`,
    '# 请调整栏目和稿件顺序、改写编者按，核对无误后删去 draft: true 再发布。',
    `issue: ${plan.issue}`,
    ...(plan.runningNumber ? [`runningNumber: ${plan.runningNumber}`] : []),
    `month: ${plan.month}`,
    `date: ${plan.date}`,
    `editor: ${scalar(plan.editor)}`,
    'draft: true',
    'contents:',
  ];
  for (const s of plan.sections) {
    lines.push(`  - section: ${scalar(s.section)}`, '    items:');
    for (const item of s.items) lines.push(`      - ${ref(item)}  # ${describe(item)}`);
  }
  if (plan.leftOut.length) {
    lines.push('# 本月没有收入的稿件（需要时把它加到上面的栏目里）：');
    for (const l of plan.leftOut) lines.push(`#   ${ref(l.item)}  ${describe(l.item)}  —— ${comment(l.detail)}`);
  }
  if (plan.uncarriedEarlier.length) {
    lines.push('# 上个月还没有刊登过的稿件（可能是出刊后才交来的）：');
    for (const item of plan.uncarriedEarlier) lines.push(`#   ${ref(item)}  ${describe(item)}`);
  }
  lines.push('---');
  const count = plan.sections.reduce((n, s) => n + s.items.length, 0);
  const note = [
    `（编者按草稿，请改写。）本期收入${formatYearMonth(plan.month)}稿件${count}篇。`,
    ...plan.sections.map((s) => `${s.section}：${s.items.map((i) => i.title).join('；')}。`),
  ];
  return `${lines.join('\n')}\n${note.join('\n\n')}\n`;
}
