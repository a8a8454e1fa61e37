import { describe, expect, it } from 'vitest';
import { readPlaceRegistry, readSiteConfig } from '../../src/lib/content/files';
import { HONOUR_LEVELS, PERSON_CATEGORIES } from '../../src/lib/schema';
import { parseSiteConfig } from '../../src/lib/site-settings';
import { formFields, generateCmsConfig, schemaFieldPaths, schemaShapes, type CmsField } from '../../src/lib/desk/cms-config';
import { FIELD_UI, HIDDEN_FIELDS } from '../../src/lib/desk/cms-fields';
import { bulletinChoices, deskPageHtml, deskPayload } from '../../src/lib/desk/cms-page';
import { browserCommand, parseEditArgs } from '../../src/lib/desk/edit-args';
import { REPO, tempSite } from '../fixtures/temp-site';

const places = readPlaceRegistry(REPO);
const site = readSiteConfig(REPO);
const input = { site, places, contentDir: 'content', bulletinChoices: [], projectName: 'ggw' };
const { config, missing } = generateCmsConfig(input);
type Collection = {
  name: string;
  folder?: string;
  path?: string;
  slug?: { template: string };
  media_folder?: string;
  fields?: CmsField[];
  files?: { name: string; file: string; fields: CmsField[] }[];
};
const collections = config.collections as Collection[];
const collection = (name: string) => collections.find((c) => c.name === name)!;

/** Every field path of a CMS field list (nested list/object fields joined with dots). */
function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...cmsPaths((f.fields as CmsField[] | undefined) ?? [], `${prefix}${f.name}.`)]);
}
const fieldOf = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

describe('CMS configuration generated from the schemas', () => {
  it('gives every schema field a CMS field unless it is listed as hidden', () => {
    expect(missing).toEqual([]);
    const paths = schemaFieldPaths(places);
    const formOf: Record<string, CmsField[]> = {
      news: collection('news').fields!,
      people: collection('people').fields!,
      stories: collection('stories').fields!,
      bulletins: collection('bulletins').fields!,
      site: collection('settings').files!.find((f) => f.name === 'site')!.fields,
      townships: collection('settings').files!.find((f) => f.name === 'townships')!.fields[0]!.fields as CmsField[],
    };
    for (const [name, schemaPaths] of Object.entries(paths)) {
      const cms = new Set(cmsPaths(formOf[name]!));
      const uncovered = schemaPaths.filter((p) => !cms.has(p) && !HIDDEN_FIELDS[name as keyof typeof HIDDEN_FIELDS].includes(p));
      expect(uncovered, `${name}: 这些字段没有表单项`).toEqual([]);
    }
  });

  it('reports a field added to a schema without a CMS label', () => {
    const shapes = schemaShapes(places);
    const news = shapes.news;
    if (news.kind !== 'object') throw new Error('news should be an object');
    const grown = { ...news, shape: { ...news.shape, subtitle: { kind: 'string' as const, optional: true } } };
    const found: string[] = [];
    const fields = formFields('news', grown, input, found);
    expect(found).toEqual(['subtitle']);
    expect(fields.map((f) => f.name)).not.toContain('subtitle');
    // Listing it as hidden is the other way to satisfy the check.
    HIDDEN_FIELDS.news.push('subtitle');
    try {
      const none: string[] = [];
      formFields('news', grown, input, none);
      expect(none).toEqual([]);
    } finally {
      HIDDEN_FIELDS.news.pop();
    }
  });

  it('labels every field in Chinese', () => {
    for (const table of Object.values(FIELD_UI)) {
      for (const [path, ui] of Object.entries(table)) expect(ui.label, path).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('saves news as content/news/<year>/<date>-<township>-<pinyin>.md with photos beside it', () => {
    const news = collection('news');
    expect(news.folder).toBe('content/news');
    expect(news.path).toBe("{{fields.date | date('YYYY')}}/{{slug}}");
    expect(news.slug!.template).toBe('{{fields.date}}-{{fields.township}}-{{fields.fileSlug}}');
    expect(news).toMatchObject({ media_folder: '..', public_folder: '.' });
    const names = news.fields!.map((f) => f.name);
    // Review notes first, the file name right after the title, the body last.
    expect(names[0]).toBe('reviewNotes');
    expect(names.slice(1, 3)).toEqual(['title', 'fileSlug']);
    expect(names.at(-1)).toBe('body');
    expect(fieldOf(news.fields!, 'title').required).toBe(true);
    expect(fieldOf(news.fields!, 'author').required).toBe(false);
    expect(fieldOf(news.fields!, 'draft')).toMatchObject({ widget: 'boolean', default: false });
  });

  it('offers townships by Chinese name with their ids as values, in registry order', () => {
    const township = fieldOf(collection('news').fields!, 'township');
    expect(township.widget).toBe('select');
    expect(township.options).toEqual(places.townships.map((t) => ({ label: t.name, value: t.id })));
    expect((township.options as { label: string }[])[0]).toEqual({ label: '城关镇', value: 'chengguan' });
    expect(fieldOf(collection('news').fields!, 'village')).toMatchObject({ widget: 'ggw-village', township_field: 'township' });
    expect(fieldOf(collection('stories').fields!, 'townships')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
  });

  it('gives people the five categories and honours as {year, title, level}', () => {
    const people = collection('people');
    expect(fieldOf(people.fields!, 'category').options).toEqual([...PERSON_CATEGORIES]);
    const honours = fieldOf(people.fields!, 'honours');
    expect(honours.widget).toBe('list');
    const sub = honours.fields as CmsField[];
    expect(sub.map((f) => f.name).sort()).toEqual(['level', 'title', 'year']);
    expect(fieldOf(sub, 'level').options).toEqual([...HONOUR_LEVELS]);
    expect(fieldOf(sub, 'year')).toMatchObject({ widget: 'number', value_type: 'int', required: true });
    expect(fieldOf(people.fields!, 'portrait').widget).toBe('image');
  });

  it('keeps each story in its own folder, index.md with the gallery beside it', () => {
    const stories = collection('stories');
    expect(stories.path).toBe('{{slug}}/index');
    expect(stories).toMatchObject({ media_folder: '', public_folder: '.' });
    const gallery = fieldOf(stories.fields!, 'gallery');
    expect((gallery.fields as CmsField[]).map((f) => [f.name, f.widget])).toEqual([
      ['image', 'image'],
      ['caption', 'string'],
      ['alt', 'string'],
    ]);
    expect(fieldOf(stories.fields!, 'people')).toMatchObject({ widget: 'relation', collection: 'people', multiple: true });
  });

  it('lets a bulletin choose sections from site.yaml and items among published news and stories only', () => {
    const temp = tempSite('ggw-desk-choices-');
    try {
      temp.write('content/news/2026/2026-11-02-dongtang-a.md', '---\ntitle: 已发布的新闻\ndate: 2026-11-02\ntownship: dongtang\n---\n正文');
      temp.write(
        'content/news/2026/2026-11-03-dongtang-b.md',
        '---\ntitle: 还是草稿\ndate: 2026-11-03\ntownship: dongtang\ndraft: true\n---\n正文',
      );
      temp.write('content/stories/2026-11-hekou-c/index.md', '---\ntitle: 一篇活动纪实\ndate: 2026-11-05\ntownships: [hekou]\n---\n正文');
      const choices = bulletinChoices(temp.root);
      expect(choices).toEqual([
        { ref: 'stories/2026-11-hekou-c', title: '一篇活动纪实', date: '2026-11-05' },
        { ref: 'news/2026-11-02-dongtang-a', title: '已发布的新闻', date: '2026-11-02' },
      ]);
      const bulletins = generateCmsConfig({ ...input, bulletinChoices: choices }).config.collections as Collection[];
      const contents = fieldOf(bulletins.find((c) => c.name === 'bulletins')!.fields!, 'contents');
      const [section, items] = contents.fields as CmsField[];
      expect(section!.options).toEqual(site.bulletinSections.map((s) => s.name));
      expect((items!.field as { options: unknown[] }).options).toEqual([
        { value: 'stories/2026-11-hekou-c', label: '活动纪实 2026-11-05 一篇活动纪实' },
        { value: 'news/2026-11-02-dongtang-a', label: '新闻 2026-11-02 已发布的新闻' },
      ]);
    } finally {
      temp.remove();
    }
  });

  it('edits site.yaml and townships.yaml as forms (townships as the file’s top-level list)', () => {
    const files = collection('settings').files!;
    expect(files.map((f) => f.file)).toEqual(['content/site.yaml', 'content/townships.yaml']);
    const townships = files[1]!.fields[0]!;
    expect(townships).toMatchObject({ widget: 'list', root: true });
    const kind = fieldOf(townships.fields as CmsField[], 'kind');
    expect(kind.options).toEqual(['镇', '乡', '街道', '场']);
    const site = files[0]!.fields;
    // The schema's default (true) is the form's default, not false.
    expect(fieldOf(site, 'numberingRestartsEachYear')).toMatchObject({ widget: 'boolean', default: true });
  });

  it('turns off what would call outside services and sets the slug rules', () => {
    expect(config.load_config_file).toBe(false);
    expect(config.slug).toMatchObject({ encoding: 'ascii', lowercase: true });
    expect(JSON.stringify(config)).not.toMatch(/unsplash|pexels|pixabay|openstreetmap|google|deepl|cloudinary|uploadcare/i);
    expect(config.media_libraries).toEqual({ stock_assets: false });
  });
});

describe('backend settings in site.yaml', () => {
  const raw = (desk: unknown) => ({ ...siteYaml(), desk });
  const siteYaml = () => ({
    name: '甲',
    fullName: '甲县关工委',
    county: '甲县',
    editingUnit: '甲县关工委办公室',
    url: 'https://a.example',
  });

  it('without a Git server: a placeholder that only enables the local folder, named after the project', () => {
    expect(config.backend).toMatchObject({ name: 'gitea', repo: 'local/ggw' });
    expect(config.backend).not.toHaveProperty('app_id');
  });

  it('with a Gitea or Forgejo server: OAuth with PKCE (client ID, no secret), base URL, API root, repository, branch', () => {
    const withServer = parseSiteConfig(
      raw({ gitServer: { kind: 'forgejo', url: 'https://git.example.gov.cn/', repo: 'ggw/site', appId: 'abc-123' } }),
    );
    const backend = generateCmsConfig({ ...input, site: withServer }).config.backend;
    expect(backend).toMatchObject({
      name: 'gitea',
      repo: 'ggw/site',
      branch: 'main',
      base_url: 'https://git.example.gov.cn',
      api_root: 'https://git.example.gov.cn/api/v1',
      app_id: 'abc-123',
      auth_methods: ['oauth'],
    });
  });

  it('refuses a plain-http server and a malformed repository, naming the field', () => {
    expect(() => parseSiteConfig(raw({ gitServer: { url: 'http://git.example', repo: 'ggw/site', appId: 'x' } }))).toThrow(
      /desk\.gitServer\.url "http:\/\/git\.example" 必须以 https:\/\/ 开头/,
    );
    expect(() => parseSiteConfig(raw({ gitServer: { url: 'https://git.example', repo: 'site', appId: 'x' } }))).toThrow(
      /desk\.gitServer\.repo 应写成 所有者\/仓库名/,
    );
    expect(() => parseSiteConfig(raw({ gitServer: { url: 'https://git.example', repo: 'a/b' } }))).toThrow(/appId/);
  });
});

describe('the /admin/ page', () => {
  const payload = deskPayload(REPO);

  it('carries the configuration and the registry, and cannot be closed early by a title', () => {
    const html = deskPageHtml({ ...payload, siteName: '甲</script><b>' }, { localDesk: true, script: 'cms/cms.js' });
    const json = /<script type="application\/json" id="desk-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json).siteName).toBe('甲</script><b>');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<div id="nc-root"></div>');
  });

  it('links the import, bulletin and publish pages on the local desk only', () => {
    const local = deskPageHtml(payload, { localDesk: true, script: 'cms/cms.js' });
    for (const page of ['import', 'bulletin', 'publish']) expect(local).toContain(`href="/admin/${page}/"`);
    const built = deskPageHtml(payload, { localDesk: false, script: 'cms/cms.js' });
    expect(built).not.toContain('import/');
    expect(built).not.toContain('publish/');
    expect(built).toContain('href="../"');
  });
});

describe('npm run edit arguments', () => {
  it('defaults to port 4321 and opening the browser', () => {
    expect(parseEditArgs([])).toEqual({ kind: 'run', options: { port: 4321, open: true } });
  });
  it('takes --port N, --port=N and --no-open, also when npm swallowed them (no --)', () => {
    expect(parseEditArgs(['--port', '4400', '--no-open'])).toEqual({ kind: 'run', options: { port: 4400, open: false } });
    expect(parseEditArgs(['--port=5000'])).toEqual({ kind: 'run', options: { port: 5000, open: true } });
    expect(parseEditArgs([], { npm_config_port: '4500', npm_config_open: 'false' })).toEqual({
      kind: 'run',
      options: { port: 4500, open: false },
    });
    // npm run edit --port 4400 --no-open: npm keeps the flag (true) and passes the number on.
    expect(parseEditArgs(['4400'], { npm_config_port: 'true', npm_config_open: 'false' })).toEqual({
      kind: 'run',
      options: { port: 4400, open: false },
    });
    expect(parseEditArgs([], { npm_config_port: 'true' })).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/--port 后面要写端口号/),
    });
  });
  it('explains a bad port or an unknown option in Chinese', () => {
    expect(parseEditArgs(['--port', 'abc'])).toMatchObject({ kind: 'error', message: expect.stringMatching(/端口 "abc" 无效/) });
    expect(parseEditArgs(['--port', '70000'])).toMatchObject({ kind: 'error' });
    expect(parseEditArgs(['--host', '0.0.0.0'])).toMatchObject({ kind: 'error', message: '不认识的参数 "--host"' });
    expect(parseEditArgs(['-h'])).toEqual({ kind: 'help' });
  });
  it('opens a browser only where there is a desktop', () => {
    expect(browserCommand('linux', {})).toBeUndefined();
    expect(browserCommand('linux', { DISPLAY: ':0' })?.command).toBe('xdg-open');
    expect(browserCommand('win32', {})?.args('http://127.0.0.1:4321/admin/')).toEqual([
      '/c',
      'start',
      '""',
      'http://127.0.0.1:4321/admin/',
    ]);
  });
});
