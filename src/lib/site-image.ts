// A small image named in site.yaml (the 公众号 QR code) as the site publishes it: re-encoded as PNG with no
// metadata, at most 480 px, an SVG drawn to pixels. Like every image in dist/, never the editor's original file.
import sharp from 'sharp';

export const SITE_IMAGE_MAX_SIDE = 480;

export async function publishableSiteImage(path: string): Promise<Buffer> {
  // density: an SVG is drawn sharp enough for 480 px; scripts in it never run (it becomes pixels).
  return sharp(path, { density: 300 })
    .resize({ width: SITE_IMAGE_MAX_SIDE, height: SITE_IMAGE_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .png({ palette: true, compressionLevel: 9 })
    .toBuffer();
}
