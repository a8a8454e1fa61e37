// The widths photos are published at. Every place a photo appears picks a step of one short ladder, so a photo
// shown in a list, an article, a bulletin and a feed is encoded once per width, not once per place: an AVIF
// variant costs up to half a second on a cold build (README, Benchmarks).

/** AVIF and WebP widths by where the photo appears, smallest first. */
export const PHOTO_WIDTHS = {
  /** Small pictures: list teasers, person cards, a bulletin's photo grid. */
  thumb: [320, 640],
  /**
   * Column-wide pictures: covers, portraits, gallery photos. 960 px fills a phone of 390 CSS px at 2.5× and a
   * desktop column; a 1280 px step cost more encoding time than all the other widths together.
   */
  wide: [640, 960],
} as const;

export type PhotoLadder = keyof typeof PHOTO_WIDTHS;

/**
 * The one JPEG of a photo: the <img> of every <picture> (browsers without WebP), the image a shared link shows
 * and the image in feeds.
 */
export const JPEG_WIDTH = 640;
/** The WebP the gallery viewer enlarges to, for readers who zoom into faces. */
export const ENLARGED_WIDTH = 1280;

/** The widths of a ladder step for a photo `originalWidth` pixels wide: never wider than the photo itself. */
export function photoWidths(ladder: PhotoLadder, originalWidth: number): number[] {
  return [...new Set(PHOTO_WIDTHS[ladder].map((w) => Math.min(w, originalWidth)))];
}

/** A published width, capped at the photo's own width. */
export function cappedWidth(width: number, originalWidth: number): number {
  return Math.min(width, originalWidth);
}
