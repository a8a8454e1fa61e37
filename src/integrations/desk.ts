// The editors' desk as an Astro integration. On the dev server (`npm run edit`, also `npm run dev`) it
// serves /admin/: Sveltia CMS bundled from npm with a configuration generated from our schemas. The public
// build gets /admin/ only when content/site.yaml names a Git server (desk.gitServer) for several editors.
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCms, sveltiaVersion, type CmsBundle } from '../lib/desk/cms-bundle';
import { deskPageHtml, deskPayload } from '../lib/desk/cms-page';
import { createCmsMiddleware } from '../lib/desk/cms-server';
import { createDeskMiddleware } from '../lib/desk/server';
import { contentPath } from '../lib/content/files';

export function desk(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'ggw-desk',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const cacheDir = join(root, 'node_modules/.cache/ggw-desk', sveltiaVersion(root));
        const bundle: Promise<CmsBundle> = bundleCms(root, cacheDir).then((b) => {
          logger.info(`编辑台已就绪（Sveltia CMS ${sveltiaVersion(root)}，打包用时 ${(b.ms / 1000).toFixed(1)} 秒）`);
          return b;
        });
        bundle.catch((error: Error) => logger.error(`编辑台打包失败：${error.message}`));
        server.middlewares.use(createCmsMiddleware({ projectRoot: root, bundle }));
        // The import page, 生成网站 and their API (/admin/import/, /admin/publish/, /admin/api/*), after the
        // CMS's own routes, which pass on everything else under /admin/.
        const importAndPublish = createDeskMiddleware({ projectRoot: root, contentDir: contentPath(root) });
        server.middlewares.use(importAndPublish);
        server.httpServer?.once('close', () => importAndPublish.close());
      },
      'astro:build:done': async ({ dir, logger }) => {
        const payload = deskPayload(root);
        if (!payload.gitServer) return;
        const adminDir = join(fileURLToPath(dir), 'admin');
        const bundle = await bundleCms(root, join(adminDir, 'cms'));
        mkdirSync(adminDir, { recursive: true });
        writeFileSync(join(adminDir, 'index.html'), deskPageHtml(payload, { localDesk: false, script: 'cms/cms.js' }));
        logger.info(`编辑台 /admin/ 已生成（Git 服务器 ${payload.gitServer.url}，${(bundle.ms / 1000).toFixed(1)} 秒）`);
      },
    },
  };
}
