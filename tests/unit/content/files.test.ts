import { describe, expect, it } from 'vitest';
import { entryIdFromPath, readPlaceRegistry, readSiteConfig } from '@/lib/content/files';
import { parseSiteConfig } from '@/lib/site-settings';

describe('entryIdFromPath: an entry’s URL slug from its file', () => {
  it('uses the file name without .md, dropping the year folder', () => {
    expect(entryIdFromPath('2025/2025-11-03-a.md')).toBe('2025-11-03-a');
    expect(entryIdFromPath('li-xiuying.md')).toBe('li-xiuying');
  });

  it('uses the folder name for a folder-per-entry index.md', () => {
    expect(entryIdFromPath('x/index.md')).toBe('x');
    expect(entryIdFromPath('stories/2025-07-dongtang-jiari-xuexiao/index.md')).toBe('2025-07-dongtang-jiari-xuexiao');
  });

  it('treats .mdx the same as .md', () => {
    expect(entryIdFromPath('2025/2025-11-03-a.mdx')).toBe('2025-11-03-a');
    expect(entryIdFromPath('x/index.mdx')).toBe('x');
  });

  it('handles Windows path separators', () => {
    expect(entryIdFromPath('2025\\2025-11-03-a.md')).toBe('2025-11-03-a');
    expect(entryIdFromPath('stories\\x\\index.md')).toBe('x');
  });

  it('keeps a lone index.md as "index"', () => {
    expect(entryIdFromPath('index.md')).toBe('index');
  });

  it('only removes the extension at the end of the name', () => {
    expect(entryIdFromPath('a.md-notes.md')).toBe('a.md-notes');
  });
});

describe('readSiteConfig: the real content/site.yaml', () => {
  const site = readSiteConfig();

  it('serves the site at the root with the bulletin called 关工动态', () => {
    expect(site.base).toBe('/');
    expect(site.bulletinName).toBe('关工动态');
  });

  it('reads the names, url and numbering settings', () => {
    expect(site.name).toBe('桐川关工');
    expect(site.fullName).toBe('桐川县关心下一代工作委员会');
    expect(site.url).toBe('https://ggw.tongchuan.example');
    expect(site.runningNumber).toBe(true);
    expect(site.numberingRestartsEachYear).toBe(true);
    expect(site.contact.phone).toBe('0000-5261234');
  });

  it('explains, naming the file, when the content folder cannot be read', () => {
    expect(() => readSiteConfig('/nonexistent-root-for-test')).toThrow(/content\/site\.yaml: 无法读取/);
    expect(() => readPlaceRegistry('/nonexistent-root-for-test')).toThrow(/content\/townships\.yaml: 无法读取/);
  });
});

describe('parseSiteConfig', () => {
  const minimal = {
    name: '桐川关工',
    fullName: '桐川县关心下一代工作委员会',
    county: '桐川县',
    editingUnit: '桐川县关心下一代工作委员会办公室',
    url: 'https://ggw.example.cn',
  };

  /** The error message parseSiteConfig throws, or fails the test when it does not throw. */
  function errorOf(raw: unknown, file?: string): string {
    try {
      parseSiteConfig(raw, file);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected parseSiteConfig to throw');
  }

  it('adds the trailing slash to a sub-path base', () => {
    expect(parseSiteConfig({ ...minimal, base: '/ggw' }).base).toBe('/ggw/');
    expect(parseSiteConfig({ ...minimal, base: '/ggw/' }).base).toBe('/ggw/');
  });

  it('fills in defaults when optional settings are left out', () => {
    const site = parseSiteConfig(minimal);
    expect(site).toMatchObject({
      base: '/',
      bulletinName: '关工动态',
      runningNumber: false,
      numberingRestartsEachYear: true,
      description: '',
      contact: {},
    });
  });

  it('rejects a url that is not a full address, naming the file and the field', () => {
    const message = errorOf({ ...minimal, url: 'ggw.example.cn' });
    expect(message).toContain('content/site.yaml: url:');
    expect(message).toContain('https://ggw.example.cn');
  });

  it('uses the file name it is given in messages', () => {
    expect(errorOf({ ...minimal, url: 'not a url' }, 'other/site.yaml')).toContain('other/site.yaml: url:');
  });

  it('rejects a base that does not start with /, naming the field', () => {
    const message = errorOf({ ...minimal, base: 'ggw/' });
    expect(message).toContain('content/site.yaml: base:');
    expect(message).toContain('/ggw/');
  });

  it('lists every missing required setting, one per line', () => {
    const message = errorOf({});
    const lines = message.split('\n');
    for (const field of ['name', 'fullName', 'county', 'editingUnit', 'url']) {
      expect(lines.some((l) => l.startsWith(`content/site.yaml: ${field}:`))).toBe(true);
    }
  });

  it('reports an empty file as a problem with the whole file', () => {
    expect(errorOf(null)).toContain('content/site.yaml: （整个文件）');
  });
});
