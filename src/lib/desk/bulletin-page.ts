// /admin/bulletin/: 起草《关工动态》 with one button. The same planning as `npm run bulletin` (draftBulletin):
// the month's published news and stories sorted into the sections of site.yaml, numbered after the last issue,
// written as a draft (never over an existing issue), then opened in the CMS for the editor's note and order.
// A plain form: it works without JavaScript.
import { yearMonthOf, todayInChina, type YearMonth } from '../dates';
import { draftBulletin, type DraftResult } from '../bulletin/draft';
import { escapeHtml } from '../html';
import { deskPage } from './pages';
import { cmsEntryHref, type DeskPaths } from './site';

const STYLE = `
form.draft { display: flex; flex-wrap: wrap; gap: 0.8rem 1rem; align-items: end; margin: 1rem 0; }
form.draft label { display: grid; gap: 0.3rem; font-weight: bold; }
form.draft input { font: inherit; padding: 0.5rem 0.6rem; min-height: 44px; }
.plan h2 { margin-bottom: 0.3rem; }
.plan ol { margin-top: 0.2rem; }
.left-out li { color: #3a3a3a; }
`;

export interface BulletinDraftView {
  month: YearMonth;
  editor?: string | undefined;
  result?: DraftResult | undefined;
  href?: string | null | undefined;
  error?: string | undefined;
}

/** The month a new issue is usually drafted for: the current month in China. */
export function defaultDraftMonth(now = new Date()): YearMonth {
  return yearMonthOf(todayInChina(now));
}

/** Drafts the issue of `month` (never overwriting) and says where it is in the CMS. */
export function draftFromDesk(paths: DeskPaths, month: string, editor?: string): BulletinDraftView {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    return { month: defaultDraftMonth(), editor, error: `“${month}”不是年月：请选一个月份，例如 2026-11。` };
  const result = draftBulletin({ root: paths.siteRoot, month, editor: editor || undefined, command: '编辑台“起草《关工动态》”' });
  return { month, editor, result, href: result.ok ? cmsEntryHref(paths, result.file) : null };
}

/** The planner's hints name command-line options; the page names its own fields. */
function inPageHint(field: string, hint: string): string {
  if (field === 'editor') return '请在上面的“责任编辑”里写上姓名，再点“起草这一期”。';
  if (field === 'date') return '请换一个月份再试。';
  return hint.replace(/--[a-z-]+/g, '').trim();
}

export function bulletinPage(view: BulletinDraftView): string {
  const { result } = view;
  let outcome = '';
  if (view.error) outcome = `<p class="problem" role="alert">${escapeHtml(view.error)}</p>`;
  else if (result && !result.ok) {
    const left = result.error.leftOut?.length ? leftOutList(result.error.leftOut) : '';
    outcome = `<div class="problem" role="alert"><p>${escapeHtml(result.error.message)}</p><p>${escapeHtml(inPageHint(result.error.field, result.error.hint))}</p>${left}</div>`;
  } else if (result?.ok) {
    const { plan } = result;
    const count = plan.sections.reduce((n, s) => n + s.items.length, 0);
    const sections = plan.sections
      .map((s) => `<h3>${escapeHtml(s.section)}</h3><ol>${s.items.map((i) => `<li>${escapeHtml(i.title)}</li>`).join('')}</ol>`)
      .join('');
    const open = view.href
      ? `<p><a class="button" href="${escapeHtml(view.href)}">在“编辑内容”里打开这一期</a></p>`
      : `<p>草稿在 <code>${escapeHtml(result.file)}</code>。</p>`;
    outcome = `<section class="plan" role="status">
<h2>已起草 ${escapeHtml(plan.title)}：${count} 篇</h2>
<p>草稿保存在 <code>${escapeHtml(result.file)}</code>，还没有发布。请在“编辑内容”里写编者按、调整栏目和顺序，核对无误后取消“草稿”，再点“生成网站”。</p>
${open}${sections}
${plan.leftOut.length ? `<h2>没有收入的稿件</h2>${leftOutList(plan.leftOut)}` : ''}
</section>`;
  }
  const body = `
<h1>起草《关工动态》</h1>
<p class="lead">把这个月已发布的工作动态和活动纪实，按网站设置里的刊物栏目分好、按日期排好，接着上一期编好期号，存成新一期的草稿。已经有的一期不会被改动。</p>
<form class="draft" method="post" action="/admin/bulletin/">
  <label>月份 <input type="month" name="month" value="${escapeHtml(view.month)}" required></label>
  <label>责任编辑 <input type="text" name="editor" value="${escapeHtml(view.editor ?? '')}" placeholder="不填则同上一期"></label>
  <button type="submit" class="button">起草这一期</button>
</form>
${outcome}`;
  return deskPage({ title: '起草《关工动态》', current: '/admin/bulletin/', body, style: STYLE });
}

function leftOutList(items: { item: { title: string }; detail: string }[]): string {
  return `<ul class="left-out">${items.map((l) => `<li>${escapeHtml(l.item.title)}：${escapeHtml(l.detail)}</li>`).join('')}</ul>`;
}
