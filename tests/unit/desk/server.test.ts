// The desk middleware over node:http: what it serves, what it passes on, whom it refuses, what it accepts.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeskMiddleware, isLocalRequest, type DeskMiddleware } from '@/lib/desk/server';
import { importErrorSentence, uploadProblem } from '@/lib/desk/uploads';
import { FIXTURES, REPO, tempSite, type TempSite } from '../../fixtures/temp-site';

let site: TempSite;
let server: Server;
let desk: DeskMiddleware;
let port: number;

beforeAll(async () => {
  site = tempSite('ggw-desk-server-');
  desk = createDeskMiddleware({
    projectRoot: REPO,
    contentDir: join(site.root, 'content'),
    outDir: join(site.root, 'dist'),
    maxUploadBytes: 64 * 1024,
  });
  server = createServer((req, res) => desk(req, res, () => res.writeHead(418).end('next')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  desk.close();
  site.remove();
});

function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), type: String(res.headers['content-type']) }),
      );
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const upload = (name: string, body: Buffer) =>
  call('/admin/api/import/file/', {
    method: 'POST',
    headers: { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' },
    body,
  });

describe('desk middleware', () => {
  it('serves its pages and their scripts, and passes everything else on', async () => {
    const page = await call('/admin/import/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('"name":"东塘镇"');
    expect(page.body).toContain('href="/admin/publish/"');
    const script = await call('/admin/desk/import.js');
    expect(script.type).toContain('javascript');
    expect(script.body).not.toMatch(/^import |\bfrom ['"]/m); // bundled: no module imports left
    expect((await call('/admin/')).body).toBe('next');
    expect((await call('/news/')).body).toBe('next');
    expect((await call('/admin/import')).status).toBe(301);
  });

  it('says on the import page what is wrong when the township registry cannot be read', async () => {
    const file = join(site.root, 'content/townships.yaml');
    const registry = readFileSync(file, 'utf8');
    writeFileSync(file, 'townships: [\n');
    try {
      const page = await call('/admin/import/');
      expect(page.status).toBe(200);
      expect(page.body).toMatch(/class="problem" role="alert">content\/townships\.yaml: 无法读取或 YAML 格式有误/);
    } finally {
      writeFileSync(file, registry);
    }
  });

  it('refuses requests for another host name or from another site (DNS rebinding, CSRF)', async () => {
    expect((await call('/admin/import/', { headers: { host: 'attacker.example:80' } })).status).toBe(403);
    const csrf = await call('/admin/api/publish/', { method: 'POST', headers: { origin: 'http://attacker.example' }, body: '{}' });
    expect(csrf.status).toBe(403);
    expect(isLocalRequest({ host: 'localhost:4321', origin: 'http://localhost:4321' })).toBe(true);
    expect(isLocalRequest({ host: '127.0.0.1:4321', 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(isLocalRequest({ host: '192.168.1.20:4321' })).toBe(false);
    expect(isLocalRequest({ host: 'localhost:4321', origin: 'null' })).toBe(false);
  });

  it('reviews an uploaded Word file with the importer and answers a too large one with one sentence', async () => {
    const view = JSON.parse((await upload('报告.docx', readFileSync(join(FIXTURES, 'township-report.docx')).subarray(0, 0))).body) as {
      problem: string;
      canSave: boolean;
    };
    expect(view).toMatchObject({ canSave: false });
    expect(view.problem).toContain('是空的');
    const big = await upload('大文件.docx', Buffer.alloc(65 * 1024, 1));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error).toMatch(/^文件太大（65 KB，最多 64 KB）/);
    const text = await upload('青山镇.txt', readFileSync(join(FIXTURES, 'gbk-report.txt')));
    const review = JSON.parse(text.body) as { canSave: boolean; fields: { township: string; title: string }; dropped: { text: string }[] };
    expect(review).toMatchObject({ canSave: true, fields: { township: 'qingshan', title: '青山镇关工委召开助学帮扶工作推进会' } });
    expect(review.dropped.map((d) => d.text)).toContain('【打印本页】【关闭窗口】');
  });

  it('never overwrites: saving the same text twice gives a second file name', async () => {
    const text = '东塘镇关工委召开冬季关爱推进会\n2025年11月3日，东塘镇关工委召开冬季留守儿童关爱推进会。';
    const files: string[] = [];
    for (let i = 0; i < 2; i++) {
      const view = JSON.parse(
        (
          await call('/admin/api/import/text/', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text }),
          })
        ).body,
      ) as { id: string };
      const saved = JSON.parse(
        (await call('/admin/api/import/save/', { method: 'POST', body: JSON.stringify({ id: view.id, restored: [], fields: {} }) })).body,
      ) as { file: string; href: string };
      files.push(saved.file);
    }
    expect(files[0]).toMatch(/^content\/news\/2025\/2025-11-03-dongtang-.*\.md$/);
    expect(files[1]).toBe(files[0]!.replace(/\.md$/, '-2.md'));
    const again = await call('/admin/api/import/save/', { method: 'POST', body: JSON.stringify({ id: 'gone', fields: {} }) });
    expect(again.status).toBe(404);
    expect(JSON.parse(again.body).error).toContain('重新选择文件');
  });

  it('rejects a township that is not in the registry and a date that is not a date', async () => {
    const view = JSON.parse(
      (
        await call('/admin/api/import/text/', {
          method: 'POST',
          body: JSON.stringify({ text: '东塘镇关工委开会\n东塘镇关工委今天开会。' }),
        })
      ).body,
    ) as { id: string };
    const bad = await call('/admin/api/import/preview/', {
      method: 'POST',
      body: JSON.stringify({ id: view.id, fields: { township: 'nowhere' } }),
    });
    expect(JSON.parse(bad.body).error).toContain('不在名录里');
    const date = await call('/admin/api/import/preview/', {
      method: 'POST',
      body: JSON.stringify({ id: view.id, fields: { date: '2025-13-01' } }),
    });
    expect(JSON.parse(date.body).error).toContain('不是有效的日期');
  });
});

describe('起草《关工动态》 (/admin/bulletin/)', () => {
  const form = (month: string, editor = '') =>
    call('/admin/bulletin/', {
      method: 'POST',
      headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ month, editor }).toString(),
    });

  it('drafts the month’s published items as a new issue, links it into the CMS, and never touches an existing one', async () => {
    site.write(
      'content/news/2026/2026-03-02-dongtang-a.md',
      '---\ntitle: 东塘镇关工委开展学雷锋志愿服务\ndate: 2026-03-02\ntownship: dongtang\n---\n正文。\n',
    );
    // The site's first issue: no earlier issue names an editor, so the page asks for one in its own words.
    expect((await form('2026-03')).body).toContain('请在上面的“责任编辑”里写上姓名');
    const first = await form('2026-03', '王晓梅');
    expect(first.status).toBe(200);
    expect(first.body).toContain('东塘镇关工委开展学雷锋志愿服务');
    expect(first.body).toContain('href="/admin/#/collections/bulletins/entries/2026-03"');
    const draft = readFileSync(join(site.root, 'content/bulletins/2026-03.md'), 'utf8');
    expect(draft).toMatch(/draft: true/);
    expect(draft).toContain('news/2026-03-02-dongtang-a');
    const again = await form('2026-03', '王晓梅');
    expect(again.body).toContain('这一期已经存在');
    expect(readFileSync(join(site.root, 'content/bulletins/2026-03.md'), 'utf8')).toBe(draft);
  });

  it('answers a month that is not a month in one sentence, and a cross-site form with 403', async () => {
    expect((await form('2026-13')).body).toContain('不是年月');
    const csrf = await call('/admin/bulletin/', { method: 'POST', headers: { origin: 'http://attacker.example' }, body: 'month=2026-03' });
    expect(csrf.status).toBe(403);
  });
});

describe('upload problems', () => {
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]);
  it.each([
    ['旧报告.doc', ole, /旧版 Word/],
    ['报告.wps', ole, /WPS/],
    ['另存错了.docx', ole, /旧版 Word/],
    ['改名.docx', Buffer.from('只是一段文字'), /不是 Word 文档/],
    ['扫描件.pdf', Buffer.from('%PDF-1.7'), /PDF 文件不能直接导入/],
    ['照片.jpg', Buffer.from([0xff, 0xd8, 0xff]), /不能导入 \.jpg 文件/],
    ['空白.txt', Buffer.from(' \r\n\u3000'), /是空的/],
    ['图片.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), /不是文字/],
  ])('%s gets one sentence saying what to do', (name, bytes, expected) => {
    const problem = uploadProblem(name, bytes)!;
    expect(problem).toMatch(expected);
    expect(problem.replace(/。$/, '')).not.toContain('。');
  });

  it('lets real text through, UTF-16 without a byte-order mark included', () => {
    expect(uploadProblem('a.txt', Buffer.from('2025年11月3日，东塘镇关工委召开会议。\r\n', 'utf16le'))).toBeNull();
    expect(uploadProblem('a.md', Buffer.from('# 标题\n正文'))).toBeNull();
    expect(uploadProblem('a.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1]))).toBeNull();
  });

  it('says the importer refusals in the page’s words, not command-line options', () => {
    expect(importErrorSentence('找不到乡镇：正文没有提到 townships.yaml 里的乡镇，请用 --township 指定', '.txt')).toContain(
      '请在下面的“乡镇（街道）”里选一个',
    );
    expect(importErrorSentence("无法读取：Can't find end of central directory", '.docx')).not.toContain('central directory');
  });
});
