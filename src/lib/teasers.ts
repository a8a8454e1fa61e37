// What a list shows of any item: one shape for news, stories, people and bulletins.
import { formatChineseDate, formatDateRange, type PlainDate } from './dates';
import { placeLabel, type PlaceRegistry } from './places';
import { summaryOf } from './text/plain';
import type { ContentKind } from './content-kinds';

export interface Teaser<Img> {
  kind: ContentKind;
  id: string;
  title: string;
  date?: PlainDate | undefined;
  dateLabel?: string | undefined;
  place?: string | undefined;
  summary: string;
  image?: Img | undefined;
  imageAlt?: string | undefined;
}

interface Common<Img> {
  id: string;
  body?: string | undefined;
  data: { summary?: string | undefined; cover?: Img | undefined; coverAlt?: string | undefined };
}

export function newsTeaser<Img>(
  e: Common<Img> & { data: { title: string; date: PlainDate; township: string; village?: string | undefined } },
  places: PlaceRegistry,
): Teaser<Img> {
  return {
    kind: 'news',
    id: e.id,
    title: e.data.title,
    date: e.data.date,
    dateLabel: formatChineseDate(e.data.date),
    place: placeLabel(places, e.data.township, e.data.village),
    summary: summaryOf(e.data.summary, e.body),
    image: e.data.cover,
    imageAlt: e.data.coverAlt ?? '',
  };
}

export function storyTeaser<Img>(
  e: Common<Img> & {
    data: {
      title: string;
      date: PlainDate;
      endDate?: PlainDate | undefined;
      townships: string[];
      gallery: { image: Img; alt?: string | undefined; caption?: string | undefined }[];
    };
  },
  places: PlaceRegistry,
): Teaser<Img> {
  const first = e.data.gallery[0];
  return {
    kind: 'stories',
    id: e.id,
    title: e.data.title,
    date: e.data.date,
    dateLabel: formatDateRange(e.data.date, e.data.endDate),
    place: e.data.townships.map((t) => placeLabel(places, t)).join('、'),
    summary: summaryOf(e.data.summary, e.body),
    image: e.data.cover ?? first?.image,
    imageAlt: e.data.cover ? (e.data.coverAlt ?? '') : (first?.alt ?? first?.caption ?? ''),
  };
}
