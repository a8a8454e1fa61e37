// The W3C Nu HTML checker (npm `vnu-jar`, run with the system's Java) over every HTML page of a built site.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { nuErrors } from './report';

export function javaAvailable(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Errors the checker finds in the HTML files under `dir` (every page; feeds and other files are skipped). */
export function runNu(dir: string): string[] {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // The checker writes its JSON report to stderr and exits 1 when there are errors.
  return nuErrors(run.stderr || '{}', dir.endsWith('/') ? dir : `${dir}/`);
}
