// CONTENT_DIR: the site can be built from another content folder (the benchmark's generated county).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

let dir: string;
const project = resolve(__dirname, '../../..');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-dir-'));
  mkdirSync(join(dir, 'elsewhere', 'news', '2025'), { recursive: true });
  copyFileSync(join(project, 'content', 'site.yaml'), join(dir, 'elsewhere', 'site.yaml'));
  writeFileSync(join(dir, 'elsewhere', 'townships.yaml'), '- { id: hekou, name: 河口镇, kind: 镇, order: 1, villages: [] }\n');
  writeFileSync(
    join(dir, 'elsewhere', 'news', '2025', '2025-11-03-hekou-a.md'),
    '---\ntitle: 河口镇关工委开展宣讲\ndate: 2025-11-03\ntownship: hekou\n---\n正文。\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function load(value: string | undefined) {
  vi.resetModules();
  vi.stubEnv('CONTENT_DIR', value as string);
  return { files: await import('@/lib/content/files'), scan: await import('@/lib/content/scan') };
}

describe('CONTENT_DIR', () => {
  it('defaults to content/ under the project', async () => {
    const { files } = await load(undefined);
    expect(files.CONTENT_DIR).toBe('content');
    expect(files.contentPath(project, 'site.yaml')).toBe(join(project, 'content', 'site.yaml'));
    expect(files.readPlaceRegistry(project).townships.length).toBeGreaterThan(1);
  });

  it('reads site.yaml, townships.yaml and entries from an absolute folder', async () => {
    const { files, scan } = await load(join(dir, 'elsewhere'));
    expect(files.readSiteConfig(project).bulletinName).toBe('关工动态');
    expect(files.readPlaceRegistry(project).townships.map((t) => t.id)).toEqual(['hekou']);
    expect(scan.collectionFiles(project, 'news')).toEqual([join(dir, 'elsewhere', 'news', '2025', '2025-11-03-hekou-a.md')]);
    const entries = scan.scanContent(project);
    expect(entries.map((e) => [e.collection, e.data.title])).toEqual([['news', '河口镇关工委开展宣讲']]);
  });

  it('resolves a relative folder against the project root given', async () => {
    const { files } = await load('elsewhere');
    expect(files.contentPath(dir, 'news')).toBe(join(dir, 'elsewhere', 'news'));
    expect(files.readPlaceRegistry(dir).townships.map((t) => t.id)).toEqual(['hekou']);
  });
});
