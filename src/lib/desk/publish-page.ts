// /admin/publish/: the 生成网站 button and the run's progress (src/scripts/desk/publish.ts listens to it).
import { escapeHtml } from '../html';
import { deskPage } from './pages';
import { STEPS } from './publish';

const STYLE = `
.steps { list-style: none; padding: 0; margin: 1rem 0; }
.steps li { display: grid; grid-template-columns: 7rem 1fr; gap: 0.2rem 1rem; padding: 0.6rem 0.8rem; border-bottom: 1px solid #e2e2e2; }
.steps .state { font-weight: bold; }
.steps .label { font-weight: bold; }
.steps .message { grid-column: 2; }
.steps li[data-status="running"] { background: #fff6e0; }
.steps li[data-status="ok"] .state { color: var(--ok); }
.steps li[data-status="warning"] .state { color: var(--warn); }
.steps li[data-status="failed"] .state { color: var(--bad); }
.steps li[data-status="skipped"], .steps li[data-status="waiting"] { color: var(--muted); }
.problems { list-style: none; padding: 0; }
.problems li { border-left: 6px solid var(--bad); background: #fdecea; padding: 0.5rem 0.9rem; margin: 0.5rem 0; }
.problems code { font-size: 0.9rem; }
.problems .allowed { display: block; color: #3a3a3a; }
pre.log { white-space: pre-wrap; max-height: 24rem; overflow: auto; background: #1f1f1f; color: #eee; padding: 0.8rem; font-size: 0.8rem; border-radius: 6px; }
`;

export function publishPage(target: string, error?: string): string {
  const steps = STEPS.map(
    (s) =>
      `<li data-step="${s.id}" data-status="waiting"><span class="state">等待</span><span class="label">${escapeHtml(s.label)}</span><span class="message"></span></li>`,
  ).join('');
  const body = `
<h1>生成网站</h1>
<p class="lead">先检查全部稿件，没有错误才生成网页和《关工动态》PDF，然后保存这次发布的版本记录，再发布到${escapeHtml(target)}。大约需要一到几分钟，期间可以离开本页，回来时进度还在。</p>
${error ? `<p class="problem">${escapeHtml(error)}</p>` : ''}
<p><button type="button" class="button" id="publish">生成网站</button> <span id="busy" class="muted" role="status"></span></p>
<ol class="steps" id="steps">${steps}</ol>
<div id="result" role="status" aria-live="polite"></div>
<section id="problems-box" hidden>
  <h2>要先改正的问题</h2>
  <p class="muted" id="problems-count"></p>
  <ul class="problems" id="problems"></ul>
</section>
<details id="log-box"><summary>详细输出（给技术人员看）</summary><pre class="log" id="log"></pre></details>
`;
  return deskPage({ title: '生成网站', current: '/admin/publish/', body, style: STYLE, script: '/admin/desk/publish.js' });
}
