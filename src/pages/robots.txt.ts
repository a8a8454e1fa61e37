import { abs, paths } from '@/data/site';

export function GET() {
  const body = [
    'User-agent: *',
    'Allow: /',
    `Disallow: ${paths.search()}`,
    '',
    `Sitemap: ${abs(paths.asset('sitemap-index.xml'))}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
