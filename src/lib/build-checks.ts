// Checks the build runs before Astro touches content, so editors see our message, not a bundler's.
// They are the error-level checks of `npm run check` (src/lib/check/check.ts): one kind of message everywhere.
import { checkContent, formatProblem, type CheckProblem } from './check/check';

export class ContentCheckError extends Error {
  constructor(readonly problems: CheckProblem[]) {
    super(
      `内容检查发现 ${problems.length} 个错误，网站没有构建。改正后重新运行（npm run check 可以单独检查，并列出警告）：\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentCheckError';
  }
}

/** Runs every error-level content check (schemas, references, images, duplicate file names …); throws on errors. */
export function assertContentValid(root = process.cwd()): void {
  const report = checkContent({ root, warnings: false });
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new ContentCheckError(errors);
}
