// Two builds of the same content give the same files, so a deploy only uploads what really changed.
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildInto } from './build';

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
});
