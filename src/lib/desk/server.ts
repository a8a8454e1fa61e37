// The editors' desk behind `npm run edit`: a connect-style middleware for the dev server (or any node:http
// server) that serves /admin/import/, /admin/publish/, their scripts under /admin/desk/ and the JSON API under
// /admin/api/. Every other request goes to next(). Only requests addressed to 127.0.0.1/localhost from pages
// of the same origin are served: a web page elsewhere cannot drive the desk (CSRF, DNS rebinding).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { readSiteConfig } from '../content/files';
import { bulletinPage, defaultDraftMonth, draftFromDesk, type BulletinDraftView } from './bulletin-page';
import { describeDeploy } from './deploy';
import { importPage } from './import-page';
import { ImportDesk, ImportError, type ReviewChoices, type TownshipOption } from './import-session';
import { publishPage } from './publish-page';
import { Publisher, type PublishTools } from './publish';
import { deskPaths, type DeskOptions } from './site';
import { MAX_UPLOAD_BYTES, tooLarge } from './uploads';

export type { DeskOptions } from './site';

export type Next = (error?: unknown) => void;
export type DeskMiddleware = ((req: IncomingMessage, res: ServerResponse, next: Next) => void) & {
  /** Removes the desk's temporary upload folder (the dev server's close hook calls it). */
  close(): void;
};

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function hostnameOf(value: string): string | null {
  try {
    return new URL(value.includes('://') ? value : `http://${value}`).hostname;
  } catch {
    return null;
  }
}

/** Whether a request comes to a local address from the desk itself (or from no page at all, like curl). */
export function isLocalRequest(headers: IncomingMessage['headers']): boolean {
  const host = headers.host;
  if (!host || !LOCAL_HOSTS.has(hostnameOf(host) ?? '')) return false;
  const origin = headers.origin;
  if (origin && origin !== 'null' && !LOCAL_HOSTS.has(hostnameOf(origin) ?? '')) return false;
  if (origin === 'null') return false;
  if (headers['sec-fetch-site'] === 'cross-site') return false;
  return true;
}

/** The pages' browser scripts, by URL (sources in the project, so the dev server's module loader does not matter). */
const SCRIPTS: Record<string, string> = {
  '/admin/desk/import.js': 'src/scripts/desk/import.ts',
  '/admin/desk/publish.js': 'src/scripts/desk/publish.ts',
};

/** Bundles a page script with esbuild on first request (again when the source changed). */
async function bundle(file: string, cache: Map<string, { mtime: number; code: string }>): Promise<string> {
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.code;
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome100', 'edge100'],
    charset: 'utf8',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  cache.set(file, { mtime, code });
  return code;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

class BodyTooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}

/** The request body, refused beyond `limit` bytes (from Content-Length at once, or while reading). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) {
      reject(new BodyTooLarge(declared));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge(size));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(req, 1024 * 1024);
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new ImportError('请求的格式不对：请刷新页面后再试。');
}

function choicesOf(body: Record<string, unknown>): ReviewChoices {
  const restored = Array.isArray(body['restored']) ? body['restored'].filter((n): n is number => Number.isInteger(n)) : [];
  const raw = (body['fields'] && typeof body['fields'] === 'object' ? body['fields'] : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string).slice(0, 500) : undefined);
  return {
    restored,
    toSimplified: body['toSimplified'] === true,
    fields: { title: text('title'), date: text('date'), township: text('township'), author: text('author') },
  };
}

export function createDeskMiddleware(options: DeskOptions & { tools?: PublishTools | undefined }): DeskMiddleware {
  const paths = deskPaths(options);
  const maxUpload = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const imports = new ImportDesk(paths, maxUpload);
  const publisher = new Publisher(paths, options.tools);
  const scripts = new Map<string, { mtime: number; code: string }>();

  const routes = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    const method = req.method ?? 'GET';
    if (method === 'GET' && (path === '/admin/import' || path === '/admin/publish' || path === '/admin/bulletin')) {
      send(res, 301, 'text/plain; charset=utf-8', '', { location: `${path}/` });
      return true;
    }
    if (method === 'GET' && path === '/admin/import/') {
      let townships: TownshipOption[] = [];
      let error: string | undefined;
      try {
        townships = imports.townships();
      } catch (e) {
        error = `${(e as Error).message.split('\n')[0]}。请先在“编辑内容”里改好乡镇名录（townships.yaml）或网站设置（site.yaml）。`;
      }
      send(res, 200, 'text/html; charset=utf-8', importPage(townships, maxUpload, error));
      return true;
    }
    if (method === 'GET' && path === '/admin/publish/') {
      let target = '网站文件夹 dist/（site.yaml 没有设置 deploy）';
      let error: string | undefined;
      try {
        const deploy = readSiteConfig(paths.siteRoot).deploy;
        if (deploy) target = describeDeploy(deploy, paths.projectRoot);
      } catch (e) {
        error = (e as Error).message;
      }
      send(res, 200, 'text/html; charset=utf-8', publishPage(target, error));
      return true;
    }
    if (path === '/admin/bulletin/' && (method === 'GET' || method === 'POST')) {
      let view: BulletinDraftView = { month: defaultDraftMonth() };
      if (method === 'POST') {
        const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
        try {
          view = draftFromDesk(paths, (form.get('month') ?? '').trim(), (form.get('editor') ?? '').trim());
        } catch (e) {
          view = {
            month: (form.get('month') ?? '').trim() || defaultDraftMonth(),
            error: `起草失败：${(e as Error).message.split('\n')[0]}`,
          };
        }
      }
      send(res, 200, 'text/html; charset=utf-8', bulletinPage(view));
      return true;
    }
    if (method === 'GET' && SCRIPTS[path]) {
      send(res, 200, 'text/javascript; charset=utf-8', await bundle(join(paths.projectRoot, SCRIPTS[path]!), scripts));
      return true;
    }
    if (!path.startsWith('/admin/api/')) return false;
    // Astro's dev server (trailingSlash: 'always') answers 404 to a path without a final slash before any
    // integration's middleware runs: the pages call /admin/api/…/ with one; both forms are served.
    const api = path.slice('/admin/api/'.length).replace(/\/$/, '');

    if (method === 'POST' && api === 'import/file') {
      const name = safeDecode(String(req.headers['x-file-name'] ?? '')) || 'upload.txt';
      const bytes = await readBody(req, maxUpload).catch((error: unknown) => {
        if (error instanceof BodyTooLarge) throw new ImportError(tooLarge(error.size, maxUpload), 413);
        throw error;
      });
      json(res, 200, await imports.add(name, bytes));
      return true;
    }
    if (method === 'POST' && api === 'import/text') {
      const body = await readJson(req);
      const text = typeof body['text'] === 'string' ? body['text'] : '';
      if (!text.trim()) throw new ImportError('文本框是空的：请先把稿件的文字粘贴进去，再点“导入粘贴的文字”。');
      json(res, 200, await imports.add('粘贴的文字.txt', Buffer.from(text, 'utf8')));
      return true;
    }
    if (method === 'POST' && (api === 'import/preview' || api === 'import/save' || api === 'import/discard')) {
      const body = await readJson(req);
      const id = typeof body['id'] === 'string' ? body['id'] : '';
      if (api === 'import/preview') json(res, 200, await imports.review(id, choicesOf(body)));
      else if (api === 'import/save') json(res, 200, await imports.save(id, choicesOf(body)));
      else {
        imports.forget(id);
        json(res, 200, { ok: true });
      }
      return true;
    }
    if (method === 'POST' && api === 'publish') {
      const started = publisher.start();
      json(res, started ? 202 : 409, started ? { started: true } : { started: false, error: '已经在生成网站了：请等这一次完成。' });
      return true;
    }
    if (method === 'GET' && api === 'publish/status') {
      json(res, 200, publisher.status());
      return true;
    }
    if (method === 'GET' && api === 'publish/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(': 关工动态编辑台\n\n');
      const unsubscribe = publisher.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
      const keepAlive = setInterval(() => res.write(': \n\n'), 15_000);
      req.on('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
      });
      return true;
    }
    json(res, 404, { error: `没有这个接口：${api}` });
    return true;
  };

  const middleware = ((req: IncomingMessage, res: ServerResponse, next: Next) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      next();
      return;
    }
    const ours = /^\/admin\/(import|publish|bulletin)$/.test(path) || /^\/admin\/(import|publish|bulletin|desk|api)\//.test(path);
    if (!ours) {
      next();
      return;
    }
    if (!isLocalRequest(req.headers)) {
      send(res, 403, 'text/plain; charset=utf-8', '编辑台只接受本机（127.0.0.1 或 localhost）上的请求。');
      return;
    }
    routes(req, res, path)
      .then((handled) => {
        if (!handled) next();
      })
      .catch((error: unknown) => {
        if (res.headersSent) {
          res.end();
          return;
        }
        if (error instanceof ImportError) json(res, error.status, { error: error.message });
        else {
          console.error('[编辑台]', error);
          json(res, 500, { error: `出了意外，没有完成：${(error as Error).message?.split('\n')[0] ?? String(error)}` });
        }
        if (error instanceof ImportError && error.status === 413) req.resume();
      });
  }) as DeskMiddleware;
  middleware.close = () => imports.close();
  return middleware;
}
