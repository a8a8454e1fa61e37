// The 公众号 QR code named in site.yaml, re-encoded (src/lib/site-image.ts); only when site.yaml names one.
import type { GetStaticPaths } from 'astro';
import { site } from '@/data/site';
import { siteImagePath } from '@/lib/content/files';
import { publishableSiteImage } from '@/lib/site-image';

export const getStaticPaths = (() => (site.wechat?.qr ? [{ params: { siteImage: 'wechat-qr' } }] : [])) satisfies GetStaticPaths;

export async function GET() {
  const png = await publishableSiteImage(siteImagePath(process.cwd(), site.wechat!.qr!, 'wechat.qr'));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
