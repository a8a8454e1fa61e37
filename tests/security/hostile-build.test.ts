// Scans every output of the hostile build (tests/security/global-setup.ts): no photo metadata or original,
// no live payload in pages, feeds, sitemap, search documents or PDFs, well-formed XML, and a build log that
// says what it removed from which entry.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { walkFiles } from '../../src/lib/safety/published-images';
import { FORGED_SUMMARY } from './hostile-site';
import { liveProblems } from './scan';
import { pdfActions } from './pdf-scan';

const dist = inject('hostileDist');
const files = walkFiles(dist);
const rel = (f: string) => relative(dist, f);
const ofType = (...exts: string[]) => files.filter((f) => exts.includes(extname(f).toLowerCase()));

describe('photos: nothing private is published', () => {
  it('no file in dist carries a GPS position or the camera EXIF of the planted phone photos', () => {
    // exiftool exits 1 for files it has no reader for (scripts, fonts …); its JSON still lists every file it read.
    const run = spawnSync(
      'exiftool',
      ['-json', '-q', '-q', '-r', '-G', '-a', '-GPS:all', '-EXIF:Make', '-EXIF:Model', '-XMP:Creator', '-ext', '*', dist],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const tags = JSON.parse(run.stdout || '[]') as Record<string, unknown>[];
    expect(tags.length).toBeGreaterThan(50);
    const leaking = tags.filter((t) =>
      Object.entries(t).some(([k, v]) => /GPS|Make|Model/.test(k) || /TestPhone|Leaky|家长手机/.test(String(v))),
    );
    expect(leaking.map((t) => t['SourceFile'])).toEqual([]);
    // exiftool read the images (a scan that reads nothing would prove nothing).
    expect(ofType('.jpg', '.webp', '.avif', '.png').length).toBeGreaterThan(20);
  });

  it("no file in dist is byte-identical to an editor's original photo", () => {
    const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    const originals = new Set(inject('hostilePhotos').map(hash));
    expect(originals.size).toBe(5);
    expect(files.filter((f) => originals.has(hash(f))).map(rel)).toEqual([]);
  });

  it('the photos are still shown, resized', () => {
    const page = readFileSync(`${dist}/news/2026-01-05-hostile/index.html`, 'utf8');
    expect(page).toMatch(/<picture>[\s\S]*gps-cover[^"]*\.avif/);
    expect(page).toMatch(/<img[^>]+src="[^"]*gps-body[^"]*"/);
  });
});

describe('markup: no live payload in any output', () => {
  it('no page has a live payload (script, handler, javascript:/data: URL, refresh, base, foreign frame or form)', () => {
    const pages = ofType('.html');
    expect(pages.length).toBeGreaterThan(20);
    const found = pages.flatMap((f) => liveProblems(readFileSync(f, 'utf8'), { ownScripts: true }).map((p) => `${rel(f)}: ${p}`));
    expect(found).toEqual([]);
  });

  it("the editors' words survive around the removed markup", () => {
    const page = readFileSync(`${dist}/news/2026-01-05-hostile/index.html`, 'utf8');
    for (const text of ['正文开头。', '居中', 'tab', '坏链接']) expect(page).toContain(text);
    const mdx = readFileSync(`${dist}/news/2026-01-06-hostile-mdx/index.html`, 'utf8');
    for (const text of ['MDX 正文。', 'mdx 链接', 'mdx div']) expect(mdx).toContain(text);
  });

  it('every feed and the sitemap parse with a strict XML parser, and no summary forges an item', () => {
    const xmlFiles = ofType('.xml', '.atom');
    expect(xmlFiles.length).toBeGreaterThan(10);
    for (const f of xmlFiles) expect([rel(f), XMLValidator.validate(readFileSync(f, 'utf8'))]).toEqual([rel(f), true]);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const township = parser.parse(readFileSync(`${dist}/feeds/townships/eyi.xml`, 'utf8')).rss.channel;
    const items = [township.item].flat();
    expect(items.map((i: { link: string }) => i.link).every((l: string) => l.startsWith('https://ggw.tongchuan.example/'))).toBe(true);
    expect(items.some((i: { description: string }) => i.description.includes(FORGED_SUMMARY))).toBe(true);
    expect(JSON.stringify(items)).not.toContain('假冒通知","link"');
  });

  it("no feed item's HTML content has a live payload; JSON Feeds stay valid JSON", () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const found: string[] = [];
    for (const f of ofType('.xml', '.atom')) {
      if (f.endsWith('sitemap-0.xml') || f.endsWith('sitemap-index.xml')) continue;
      const doc = parser.parse(readFileSync(f, 'utf8'));
      const entries = [doc.rss?.channel?.item ?? doc.feed?.entry ?? []].flat();
      for (const e of entries) {
        const html = String(e['content:encoded'] ?? e.content?.['#text'] ?? e.content ?? '');
        found.push(...liveProblems(html, { fragment: true }).map((p) => `${rel(f)}: ${p}`));
      }
    }
    for (const f of ofType('.json').filter((f) => f.includes('/feeds/'))) {
      const feed = JSON.parse(readFileSync(f, 'utf8'));
      for (const item of feed.items) found.push(...liveProblems(item.content_html, { fragment: true }).map((p) => `${rel(f)}: ${p}`));
    }
    expect(found).toEqual([]);
  });

  it('search documents are valid and carry no characters XML forbids', () => {
    const docs = files.filter((f) => f.includes('/search/doc/'));
    expect(docs.length).toBeGreaterThanOrEqual(4);
    for (const f of docs) {
      const text = gunzipSync(readFileSync(f)).toString('utf8');
      const doc = JSON.parse(text);

      expect([
        rel(f),
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(
          JSON.stringify(doc).replace(/\\u00[01][0-9a-f]/gi, (m) => String.fromCharCode(parseInt(m.slice(2), 16))),
        ),
      ]).toEqual([rel(f), false]);
    }
  });

  it("PDFs carry no script or javascript: link, and every link points to the site's public address or the web", async () => {
    const pdfs = ofType('.pdf');
    expect(pdfs.length).toBeGreaterThan(0);
    for (const f of pdfs) {
      const { uris, active } = await pdfActions(readFileSync(f));
      expect([rel(f), active]).toEqual([rel(f), []]);
      expect(uris.length).toBeGreaterThan(3);
      for (const uri of uris)
        expect([rel(f), uri]).toEqual([
          rel(f),
          expect.stringMatching(/^(https:\/\/ggw\.tongchuan\.example\/|https?:\/\/(?!bulletin\.pdf\.local)[^/]+\/|mailto:|tel:)/),
        ]);
      expect(uris.some((u) => u.startsWith('https://ggw.tongchuan.example/news/2026-01-05-hostile/'))).toBe(true);
    }
  });
});

describe('the build log', () => {
  let log = '';
  beforeAll(() => {
    log = inject('hostileLog');
  });
  it('says per entry exactly what was removed', () => {
    const line = log.split('\n').find((l) => l.includes('[安全]') && l.includes('2026-01-05-hostile.md'))!;
    expect(line).toBeTruthy();
    for (const what of [
      '<script>（含内容）',
      '<meta>（含内容）',
      '<font>（保留其中文字）',
      '<img> 的事件属性 onerror',
      'href="java\\x09script:PWNED()"',
      'href="JaVaScRiPt:PWNED()"',
      '<base>（含内容）',
      '<form>（含内容）',
      'SVG',
      'href="//[bad"',
    ]) {
      expect(line).toContain(what);
    }
    expect(log.split('\n').some((l) => l.includes('[安全]') && l.includes('2026-01-06-hostile-mdx.mdx'))).toBe(true);
  });
  it('reports that no original or photo metadata was published', () => {
    expect(log).toMatch(/图片隐私检查：\d+ 张图片，没有原图、没有 EXIF\/GPS 信息发布/);
  });
});
