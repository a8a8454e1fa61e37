import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileExistsError, writeNewFile, writeNewFiles } from '@/lib/content/write';

describe('writing files safely', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ggw-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never overwrites a file', () => {
    const path = join(dir, 'a.md');
    writeNewFile(path, 'first');
    expect(() => writeNewFile(path, 'second')).toThrow(FileExistsError);
    expect(readFileSync(path, 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
  it('takes back the files of an entry when a later one fails, leaving no partial file or folder', () => {
    const folder = join(dir, 'news/2023');
    const files = [
      { path: join(folder, 'x.jpg'), data: new Uint8Array([1, 2, 3]) },
      { path: join(folder, 'x-2.jpg'), data: new Uint8Array([4]) },
      { path: join(folder, 'x.md'), data: '---\ntitle: x\n---\n' },
    ];
    expect(() =>
      writeNewFiles(files, {
        afterFile: (_path, index) => {
          if (index === 1) throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(existsSync(join(dir, 'news'))).toBe(false);
  });
  it('refuses the whole entry when one of its files exists', () => {
    const folder = join(dir, 'people');
    writeNewFile(join(folder, 'li.jpg'), 'old photo');
    expect(() =>
      writeNewFiles([
        { path: join(folder, 'li.jpg'), data: 'new' },
        { path: join(folder, 'li.md'), data: 'x' },
      ]),
    ).toThrow(FileExistsError);
    expect(readdirSync(folder)).toEqual(['li.jpg']);
    expect(readFileSync(join(folder, 'li.jpg'), 'utf8')).toBe('old photo');
  });
});
