import { describe, expect, it } from 'vitest';
import { formatTable, lighthouseMisses, medianRow, nuErrors, type LighthouseRow } from '../../scripts/lib/audit/report';

const row = (over: Partial<LighthouseRow> = {}): LighthouseRow => ({
  page: '首页',
  formFactor: 'mobile',
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0.01,
  seoExempt: false,
  ...over,
});

describe('judging Lighthouse rows', () => {
  it('passes a page that meets every target', () => {
    expect(lighthouseMisses(row())).toEqual([]);
  });
  it('names each missed target in Chinese', () => {
    expect(lighthouseMisses(row({ performance: 80, cls: 0.2, accessibility: 96 }))).toEqual([
      '性能 80 < 95',
      '无障碍 96 < 100',
      'CLS 0.200 > 0.05',
    ]);
  });
  it('does not judge SEO on a page that asks not to be indexed', () => {
    expect(lighthouseMisses(row({ seo: 60, seoExempt: true }))).toEqual([]);
    expect(lighthouseMisses(row({ seo: 60 }))).toEqual(['SEO 60 < 100']);
  });
});

describe('the printed table', () => {
  it('lines up columns with Chinese text counted as double width', () => {
    const lines = formatTable(
      ['页面', 'n'],
      [
        ['首页', '1'],
        ['活动纪实', '22'],
      ],
    ).split('\n');
    expect(lines[0]).toBe('页面      n');
    expect(lines[2]).toBe('首页      1');
    expect(lines[3]).toBe('活动纪实  22');
  });
});

describe('reading the Nu checker report', () => {
  it('keeps errors with their file and line, not warnings', () => {
    const json = JSON.stringify({
      messages: [
        { type: 'error', url: 'file:/site/dist/news/index.html', lastLine: 12, message: 'Stray end tag “div”.' },
        { type: 'info', subType: 'warning', url: 'file:/site/dist/index.html', message: 'Consider adding a “lang” attribute.' },
      ],
    });
    expect(nuErrors(json, '/site/dist/')).toEqual(['news/index.html:12 Stray end tag “div”.']);
  });
});

describe('several runs of one page', () => {
  it('are reported as the median of each score', () => {
    const m = medianRow([row({ performance: 75, cls: 0.2 }), row({ performance: 99, cls: 0 }), row({ performance: 96, cls: 0.01 })]);
    expect(m.performance).toBe(96);
    expect(m.cls).toBe(0.01);
  });
});
