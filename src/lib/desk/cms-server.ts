// Serves /admin/ (the CMS page, generated afresh on every load) and /admin/cms/* (the bundled CMS) from
// the dev server that `npm run edit` starts. Anything else under /admin/ goes on to the next middleware.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../mime-types';
import type { CmsBundle } from './cms-bundle';
import { deskPageHtml, deskPayload } from './cms-page';

export interface CmsMiddlewareOptions {
  projectRoot: string;
  bundle: Promise<CmsBundle>;
}

type Next = (error?: unknown) => void;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

export function createCmsMiddleware({ projectRoot, bundle }: CmsMiddlewareOptions) {
  return async (req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/admin') {
      res.writeHead(301, { Location: '/admin/' });
      res.end();
      return;
    }
    try {
      if (path === '/admin/' || path === '/admin/index.html') {
        const payload = deskPayload(projectRoot);
        send(res, 200, 'text/html; charset=utf-8', deskPageHtml(payload, { localDesk: true, script: 'cms/cms.js' }));
        return;
      }
      if (path.startsWith('/admin/cms/')) {
        const { dir } = await bundle;
        const file = normalize(join(dir, path.slice('/admin/cms/'.length)));
        if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
          send(res, 404, 'text/plain; charset=utf-8', '找不到该文件');
          return;
        }
        res.writeHead(200, { 'Content-Type': contentTypeOf(extname(file)), 'Cache-Control': 'no-cache' });
        createReadStream(file).pipe(res);
        return;
      }
    } catch (error) {
      // A broken site.yaml or townships.yaml: say which file and what is wrong, in the page.
      send(res, 500, 'text/plain; charset=utf-8', `编辑台无法打开：\n${(error as Error).message}`);
      return;
    }
    next();
  };
}
