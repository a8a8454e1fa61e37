import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCatalog, paths, places, site } from '@/data/site';
import { mixedFeed } from '@/lib/feeds';

export async function GET(context: APIContext) {
  const catalog = await getCatalog();
  return rss({
    title: site.fullName,
    description: site.description,
    site: context.site!,
    items: mixedFeed(catalog.news, catalog.stories, places, paths),
    customData: '<language>zh-CN</language>',
  });
}
