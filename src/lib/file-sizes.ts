// Sizes of what a build wrote: every file below a folder, and their total.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function* walkFiles(dir: string): Generator<{ path: string; size: number }> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path);
    else if (entry.isFile()) yield { path, size: statSync(path).size };
  }
}

/** Bytes of every file below a folder (0 if it does not exist). */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const f of walkFiles(dir)) total += f.size;
  return total;
}
