/** Structured data for search engines, typed with schema-dts so property names cannot drift. */
import type { BreadcrumbList, FAQPage, WebPage, WithContext } from 'schema-dts';
import { US_STATES } from '#src/schema/fragments.ts';
import type { Utility } from '#src/schema/utility.ts';
import { plainText } from './markdown.ts';

export interface Crumb {
  name: string;
  /** Site-relative path; the last crumb (the current page) may omit it. */
  path?: string;
}

export function breadcrumbList(crumbs: Crumb[], site: URL | string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      ...(c.path ? { item: new URL(c.path, site).href } : {}),
    })),
  };
}

export function guideWebPage(u: Utility, url: string): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: `${u.name} data access guide`,
    description: u.summary,
    url,
    dateModified: u.lastUpdated,
    lastReviewed: u.lastVerified,
    about: {
      '@type': 'Organization',
      name: u.name,
      ...(alternateNames(u).length ? { alternateName: alternateNames(u) } : {}),
      ...(u.website ? { url: u.website } : {}),
      areaServed: u.states.map((s) => ({ '@type': 'State', name: US_STATES[s] })),
      ...(Array.isArray(u.eiaIds)
        ? {
            identifier: u.eiaIds.map((id) => ({
              '@type': 'PropertyValue',
              propertyID: 'EIA-861 utility number',
              value: String(id),
            })),
          }
        : {}),
    },
    citation: u.sources.filter((s) => s.url).map((s) => s.url!),
  };
}

export function faqPage(u: Utility, url: string): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    mainEntity: u.faq.map((f) => ({
      '@type': 'Question',
      name: plainText(f.question),
      acceptedAnswer: { '@type': 'Answer', text: plainText(f.answer) },
    })),
  };
}

const alternateNames = (u: Utility) =>
  [u.shortName, ...u.aliases].filter((n): n is string => Boolean(n));
