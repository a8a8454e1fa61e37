// The build's line about issues without a PDF stays one readable line for a county with ten years of issues.
import { describe, expect, it } from 'vitest';
import { issueList } from '../../../src/lib/safety/build-hooks';

describe('issueList', () => {
  it('names a few issues in full and many by their first and last three and their number', () => {
    expect(issueList(['2025-11', '2025-12'])).toBe('2025-11、2025-12');
    const months = Array.from({ length: 118 }, (_, i) => `${2017 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(issueList(months)).toBe('2017-01、2017-02、2017-03 … 2026-08、2026-09、2026-10 共 118 期');
  });
});
