// Two builds of the same content give the same files, so a deploy only uploads what really changed; and a
// rebuild that reuses the last build's pages (Astro's incremental build) gives what a fresh build gives.
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildAt, buildInto } from './build';

function fingerprints(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else result.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return result;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('reproducible builds', () => {
  it('produces byte-identical output from the same content', () => {
    dirs.push(buildInto('ggw-repro-a-'), buildInto('ggw-repro-b-'));
    const [a, b] = dirs.map(fingerprints) as [Map<string, string>, Map<string, string>];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 600_000);

  it("after one news item is added, a rebuild into the last build's folder renders only what changed and equals a fresh build", () => {
    const work = mkdtempSync(join(tmpdir(), 'ggw-incremental-'));
    dirs.push(work);
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const env = { CONTENT_DIR: content };
    const reused = join(work, 'reused');
    buildAt(reused, env);
    // A new item in 东塘镇 that names a 五老 of 河口镇: its neighbours, the lists, the township's counts (on its
    // news, stories and people pages), related lists and that person's page change.
    writeFileSync(
      join(content, 'news', '2026', '2026-10-30-dongtang-xinzeng.md'),
      '---\ntitle: 东塘镇关工委新增一支五老宣讲队\ndate: 2026-10-30\ntownship: dongtang\nauthor: 陈立新\ntopics: [红色教育]\n---\n东塘镇关工委新增一支五老宣讲队，到各村小学讲红色故事，河口镇的周德明老人也来助阵。\n',
    );
    const log = buildAt(reused, env);
    const fresh = join(work, 'fresh');
    buildAt(fresh, env);
    const cached = log.match(/(\d+) 个沿用上次构建/);
    expect(Number(cached?.[1] ?? 0), log.slice(-2000)).toBeGreaterThan(50);
    const [a, b] = [reused, fresh].map(fingerprints) as [Map<string, string>, Map<string, string>];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 900_000);
});
