// The public build gets /admin/ only when site.yaml names a Git server for several editors.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, tempSite } from '../fixtures/temp-site';

const site = tempSite('ggw-desk-build-');
// content-files reads CONTENT_DIR when it is first imported: point it at the temporary site first, and
// put it back afterwards (a test worker may run other files in the same process).
const previousContentDir = process.env.CONTENT_DIR;
process.env.CONTENT_DIR = join(site.root, 'content');
const { desk } = await import('../../src/integrations/desk');
afterAll(() => {
  if (previousContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousContentDir;
  site.remove();
});

const logger = { info: () => {}, warn: () => {}, error: () => {} };
type Hook = (args: unknown) => Promise<void> | void;

async function build(dist: string): Promise<void> {
  const integration = desk();
  const hooks = integration.hooks as Record<string, Hook>;
  await hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${REPO}/`) } });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger });
}

describe('/admin/ in the public build', () => {
  it('is left out when site.yaml names no Git server (one PC, local folder)', async () => {
    const dist = join(site.root, 'dist-local');
    await build(dist);
    expect(existsSync(join(dist, 'admin'))).toBe(false);
  });

  it('is built with the Gitea/Forgejo backend when site.yaml names one', { timeout: 120_000 }, async () => {
    const yaml = readFileSync(join(REPO, 'content/site.yaml'), 'utf8');
    site.write(
      'content/site.yaml',
      `${yaml}\ndesk:\n  gitServer:\n    kind: forgejo\n    url: https://git.example.gov.cn\n    repo: ggw/site\n    appId: 0b6f-desk\n`,
    );
    const dist = join(site.root, 'dist-server');
    await build(dist);
    const html = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    const payload = JSON.parse(/<script type="application\/json" id="desk-data">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(payload.config.backend).toMatchObject({
      name: 'gitea',
      repo: 'ggw/site',
      base_url: 'https://git.example.gov.cn',
      app_id: '0b6f-desk',
    });
    // The import and publish pages need the local desk's server: not linked from a built site.
    expect(html).not.toContain('import/');
    expect(existsSync(join(dist, 'admin/cms/cms.js'))).toBe(true);
    // Sveltia's own fonts travel with it.
    expect(existsSync(join(dist, 'admin/cms/chunks/assets'))).toBe(true);
  });
});
