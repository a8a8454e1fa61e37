import type { APIContext, GetStaticPaths } from 'astro';
import { feedSources } from '@/data/feeds';
import { abs, paths, site } from '@/data/site';
import { FEED_EXTENSIONS, FEED_MIME, renderFeed, type FeedFormat } from '@/lib/feeds';

export const getStaticPaths = (async () => {
  const sources = await feedSources();
  return sources.flatMap((source) =>
    source.definition.formats.map((format) => ({
      params: { feed: `${source.definition.key}.${FEED_EXTENSIONS[format]}` },
      props: { source, format },
    })),
  );
}) satisfies GetStaticPaths;

type Props = { source: Awaited<ReturnType<typeof feedSources>>[number]; format: FeedFormat };

export async function GET({ props }: APIContext<Props>) {
  const { definition, entries } = props.source;
  const feedUrls = Object.fromEntries(definition.formats.map((f) => [f, abs(paths.feed(definition.key, FEED_EXTENSIONS[f]))]));
  const body = renderFeed(
    {
      title: definition.title,
      description: definition.description,
      homeUrl: abs(definition.homePath),
      feedUrls,
      favicon: abs(paths.asset('favicon.svg')),
      copyright: `© ${site.fullName}`,
      author: site.fullName,
    },
    await entries(),
    props.format,
  );
  return new Response(body, { headers: { 'Content-Type': `${FEED_MIME[props.format]}; charset=utf-8` } });
}
