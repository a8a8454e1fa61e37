// schema.org JSON-LD for articles, people and bulletin issues, so search engines understand the pages.
import { toChinaMidnightIso, type PlainDate } from './dates';

interface Org {
  name: string;
  url: string;
  logo?: string | undefined;
}

const organization = (org: Org) => ({
  '@type': 'Organization',
  name: org.name,
  url: org.url,
  ...(org.logo ? { logo: { '@type': 'ImageObject', url: org.logo } } : {}),
});

export function newsArticleLd(input: {
  url: string;
  headline: string;
  description: string;
  date: PlainDate;
  image: string;
  author?: string | undefined;
  place: string;
  keywords: string[];
  publisher: Org;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline.slice(0, 110),
    description: input.description,
    image: [input.image],
    datePublished: toChinaMidnightIso(input.date),
    inLanguage: 'zh-CN',
    author: input.author ? { '@type': 'Person', name: input.author } : organization(input.publisher),
    publisher: organization(input.publisher),
    contentLocation: { '@type': 'Place', name: input.place },
    ...(input.keywords.length ? { keywords: input.keywords.join(',') } : {}),
  };
}

export function personLd(input: {
  url: string;
  name: string;
  description: string;
  image?: string | undefined;
  gender?: string | undefined;
  birthYear?: number | undefined;
  jobTitle?: string | undefined;
  place: string;
  awards: string[];
  memberOf: Org;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    url: input.url,
    name: input.name,
    description: input.description,
    ...(input.image ? { image: input.image } : {}),
    ...(input.gender ? { gender: input.gender === '男' ? 'https://schema.org/Male' : 'https://schema.org/Female' } : {}),
    ...(input.birthYear ? { birthDate: String(input.birthYear) } : {}),
    ...(input.jobTitle ? { jobTitle: input.jobTitle } : {}),
    homeLocation: { '@type': 'Place', name: input.place },
    ...(input.awards.length ? { award: input.awards } : {}),
    memberOf: organization(input.memberOf),
  };
}

export function publicationIssueLd(input: {
  url: string;
  name: string;
  issueNumber: number;
  date: PlainDate;
  periodical: { name: string; url: string };
  publisher: Org;
  parts: { url: string; headline: string }[];
  image: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'PublicationIssue',
    url: input.url,
    name: input.name,
    issueNumber: String(input.issueNumber),
    datePublished: toChinaMidnightIso(input.date),
    inLanguage: 'zh-CN',
    image: input.image,
    isPartOf: { '@type': 'Periodical', name: input.periodical.name, url: input.periodical.url, publisher: organization(input.publisher) },
    hasPart: input.parts.map((p) => ({ '@type': 'Article', url: p.url, headline: p.headline })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the tag. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
