// The 生成网站 page in the browser: starts a publish and follows its events (Server-Sent Events; a reload or a
// second tab sees the same run from its start).
import type { PublishEvent, StepStatus } from '../../lib/desk/publish';

const STATE_LABELS: Record<StepStatus, string> = {
  waiting: '等待',
  running: '进行中…',
  ok: '完成',
  warning: '有提醒',
  failed: '失败',
  skipped: '未进行',
};

const button = document.getElementById('publish') as HTMLButtonElement;
const busy = document.getElementById('busy')!;
const result = document.getElementById('result')!;
const problemsBox = document.getElementById('problems-box')!;
const problems = document.getElementById('problems')!;
const log = document.getElementById('log')!;
let logLines: string[] = [];

function stepRow(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-step="${id}"]`);
}

function setStep(id: string, status: StepStatus, message?: string): void {
  const row = stepRow(id);
  if (!row) return;
  row.dataset.status = status;
  row.querySelector('.state')!.textContent = STATE_LABELS[status];
  if (message !== undefined) row.querySelector('.message')!.textContent = message;
}

function reset(): void {
  document.querySelectorAll<HTMLElement>('[data-step]').forEach((row) => setStep(row.dataset.step!, 'waiting', ''));
  result.replaceChildren();
  problems.replaceChildren();
  problemsBox.hidden = true;
  logLines = [];
  log.textContent = '';
}

function handle(event: PublishEvent): void {
  switch (event.type) {
    case 'start':
      reset();
      button.disabled = true;
      busy.textContent = '正在生成，请稍候…';
      break;
    case 'step':
      setStep(event.step, event.status, event.message);
      break;
    case 'progress':
      setStep(event.step, 'running', event.message);
      break;
    case 'log':
      logLines.push(event.text);
      if (logLines.length > 400) logLines = logLines.slice(-300);
      log.textContent = logLines.join('\n');
      break;
    case 'problems': {
      problemsBox.hidden = false;
      document.getElementById('problems-count')!.textContent =
        event.total > event.problems.length
          ? `共 ${event.total} 个错误，下面是前 ${event.problems.length} 个（与 npm run check 的顺序相同）。`
          : `共 ${event.total} 个错误。`;
      problems.replaceChildren(
        ...event.problems.map((p) => {
          const li = document.createElement('li');
          const file = p.href
            ? Object.assign(document.createElement('a'), { href: p.href, textContent: `${p.file}（第 ${p.line} 行）` })
            : Object.assign(document.createElement('strong'), { textContent: `${p.file}（第 ${p.line} 行）` });
          const field = Object.assign(document.createElement('code'), { textContent: p.field });
          const allowed = Object.assign(document.createElement('span'), {
            className: 'allowed',
            textContent: p.allowed ? `可以这样改：${p.allowed}` : '',
          });
          li.append(file, ' ', field, ' ', p.message, allowed);
          li.dataset.line = p.text;
          return li;
        }),
      );
      break;
    }
    case 'done': {
      button.disabled = false;
      busy.textContent = '';
      const p = document.createElement('p');
      p.className = event.ok ? 'success' : 'problem';
      p.textContent = event.message;
      result.replaceChildren(p);
      break;
    }
  }
}

function follow(): void {
  const source = new EventSource('/admin/api/publish/events/');
  source.onmessage = (message) => handle(JSON.parse(message.data as string) as PublishEvent);
  source.onerror = () => {
    // The desk was closed (or restarted): say so once; EventSource retries by itself.
    if (!button.disabled) return;
    busy.textContent = '与编辑台的连接断了，正在重连…';
  };
}

button.addEventListener('click', async () => {
  button.disabled = true;
  busy.textContent = '正在开始…';
  try {
    const response = await fetch('/admin/api/publish/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const body = (await response.json()) as { started: boolean; error?: string };
    if (!body.started) busy.textContent = body.error ?? '没有开始。';
  } catch {
    button.disabled = false;
    busy.textContent = '连不上编辑台：请确认 npm run edit 的窗口还开着，然后刷新本页。';
  }
});

follow();
