import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { getCatalog, paths, places, site } from '@/data/site';
import { mixedFeed } from '@/lib/feeds';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.townships.map((view) => ({ params: { id: view.township.id } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const catalog = await getCatalog();
  const view = catalog.township(context.params.id!)!;
  return rss({
    title: `${view.township.name}关工委 - ${site.name}`,
    description: `${site.county}${view.township.name}关工委的工作动态和活动纪实`,
    site: context.site!,
    items: mixedFeed(view.news, view.stories, places, paths),
    customData: '<language>zh-CN</language>',
  });
}
