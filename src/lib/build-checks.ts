// Checks the build runs before Astro touches content, so editors see our message, not a bundler's.
// They are the error-level checks of `npm run check` (src/lib/check/check.ts): one kind of message everywhere.
import { checkContent, formatProblem, type CheckProblem } from './check/check';
import type { RawEntry } from './content/scan';

export class ContentCheckError extends Error {
  constructor(readonly problems: CheckProblem[]) {
    super(
      `内容检查发现 ${problems.length} 个错误，网站没有构建。改正后重新运行（npm run check 可以单独检查，并列出警告）：\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentCheckError';
  }
}

/**
 * Runs every error-level content check (schemas, references, images, duplicate file names …); throws on errors.
 * Returns the entries it read, so the build does not read and parse content/ a second time.
 */
export function assertContentValid(root = process.cwd()): RawEntry[] {
  const report = checkContent({ root, warnings: false });
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new ContentCheckError(errors);
  return report.entries;
}
