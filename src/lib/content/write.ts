// Writing new entries safely: every file goes to a temporary name first and is then linked into place, which
// fails instead of overwriting when the name is taken. An entry's files (photos, then the Markdown) are one
// unit: when any of them fails, the ones already written are removed again, so no half entry is left behind.
import { existsSync, linkSync, mkdirSync, readdirSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  data: string | Uint8Array;
}

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`文件已存在，不会覆盖：${path}`);
    this.name = 'FileExistsError';
  }
}

export interface WriteHooks {
  /** Called after a file is in place; tests use it to simulate a failure half-way. */
  afterFile?: (path: string, index: number) => void;
}

let counter = 0;

/** Writes one new file: temp file + link, so readers never see a half-written file and nothing is overwritten. */
export function writeNewFile(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    try {
      linkSync(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
      throw error;
    }
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}

/**
 * Writes a set of new files as one unit, in the order given (put the entry's Markdown last). Directories it
 * had to create are removed again on failure when they are left empty.
 */
export function writeNewFiles(files: PlannedFile[], hooks: WriteHooks = {}): void {
  for (const file of files) if (existsSync(file.path)) throw new FileExistsError(file.path);
  const createdDirs = [...new Set(files.map((f) => dirname(f.path)))].flatMap(missingDirs);
  const written: string[] = [];
  try {
    files.forEach((file, index) => {
      writeNewFile(file.path, file.data);
      written.push(file.path);
      hooks.afterFile?.(file.path, index);
    });
  } catch (error) {
    for (const path of written.reverse()) if (existsSync(path)) unlinkSync(path);
    for (const dir of [...new Set(createdDirs)].sort((a, b) => b.length - a.length)) {
      if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
    }
    throw error;
  }
}

/** The directories on the way to `dir` that do not exist yet, deepest last. */
function missingDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && d !== dirname(d); d = dirname(d)) missing.unshift(d);
  return missing;
}
