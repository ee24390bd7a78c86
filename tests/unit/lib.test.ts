import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatDate, formatCustomers, formatTurnaround, telHref, availabilityText } from '../../src/lib/format.ts';
import { inlineMarkdown, linkPhones, plainText } from '../../src/lib/markdown.ts';
import { capabilities } from '../../src/lib/capabilities.ts';
import { breadcrumbList, faqPage, guideWebPage } from '../../src/lib/jsonld.ts';
import { lastmodByPath } from '../../src/lib/sitemap.ts';
import { validateDirectory, validateGuides } from '../../src/schema/validate.ts';

const { guides } = validateDirectory('content/utilities');
const sces = guides.find((g) => g.slug === 'sevier-county-electric-system')!.data;
const minimal = validateDirectory('tests/fixtures/valid').guides[0].data;

describe('format', () => {
  it('formats full and partial dates without shifting the day', () => {
    expect(formatDate('2026-06-04')).toBe('June 4, 2026');
    expect(formatDate('2027-03')).toBe('March 2027');
    expect(formatDate('2027')).toBe('2027');
  });

  it('builds dialable tel: links', () => {
    expect(telHref('(865) 453-2887')).toBe('tel:+18654532887');
    expect(telHref('1-800-555-0100 ext. 2')).toBe('tel:+18005550100;ext=2');
  });

  it('describes customers with their basis', () => {
    expect(formatCustomers({ count: 36900, approximate: true, unit: 'accounts', source: 's' })).toBe('About 36,900 accounts');
    expect(formatCustomers({ count: 1200, approximate: false, unit: 'meters', asOf: '2018', source: 's' })).toBe('1,200 meters (2018)');
    expect(formatCustomers({ commodity: 'gas', count: 540000, approximate: true, unit: 'customers', source: 's' })).toBe('About 540,000 gas customers');
  });

  it('words a turnaround with or without a minimum', () => {
    expect(formatTurnaround({ min: 5, max: 10 })).toBe('5–10 business days');
    expect(formatTurnaround({ max: 3 })).toBe('Up to 3 business days');
  });

  it('shows the expected date of a planned channel', () => {
    expect(availabilityText('planned', '2027-03')).toBe('Planned (expected March 2027)');
    expect(availabilityText('unknown')).toBe('Not published');
  });
});

describe('inline Markdown', () => {
  it('links phone numbers, URLs and emails', () => {
    const html = inlineMarkdown('Call (865) 453-2887, email a@b.org or see https://sces.net/contact/.');
    expect(html).toContain('<a href="tel:+18654532887">(865) 453-2887</a>');
    expect(html).toContain('<a href="mailto:a@b.org">a@b.org</a>');
    expect(html).toContain('<a href="https://sces.net/contact/">https://sces.net/contact/</a>');
  });

  it('keeps Markdown links and escapes raw HTML', () => {
    expect(inlineMarkdown('See the [portal](https://x.org/).')).toBe('See the <a href="https://x.org/">portal</a>.');
    expect(inlineMarkdown('<script>alert(1)</script>')).not.toContain('<script>');
  });

  it('does not treat docket numbers or years as phones', () => {
    expect(linkPhones('Docket 31536 since 2013, ZIP 30833')).toBe('Docket 31536 since 2013, ZIP 30833');
  });

  it('gives plain text for structured data', () => {
    expect(plainText('See the [portal](https://x.org/) **now**')).toBe('See the portal (https://x.org/) now');
  });
});

describe('capabilities', () => {
  it('marks unpublished facts as unknown, not as no', () => {
    const caps = capabilities(minimal);
    expect(caps.find((c) => c.label === 'Green Button Download My Data')).toMatchObject({ value: 'Not published', tone: 'unknown' });
    expect(caps.find((c) => c.label === 'Retail supplier choice')).toMatchObject({ tone: 'no' });
  });

  it('summarises a seed guide', () => {
    const caps = Object.fromEntries(capabilities(sces).map((c) => [c.label, c.value]));
    expect(caps['Utility API']).toBe('Not available');
    expect(caps['Electric interval data']).toBe('Daily');
    expect(caps['Third-party access']).toBe('Manual, with signed customer authorization');
  });

  it('shows a planned channel with its date', () => {
    const source = readFileSync('tests/fixtures/valid/minimal.md', 'utf8').replace(
      'connectMyData: { status: unknown }',
      'connectMyData: { status: planned, expected: 2027-03 }',
    );
    const [g] = validateGuides([{ path: 'p.md', source }]).guides;
    expect(capabilities(g.data).find((c) => c.label === 'Green Button Connect My Data')).toMatchObject({
      value: 'Planned (expected March 2027)',
      tone: 'partial',
    });
  });
});

describe('JSON-LD', () => {
  it('builds a breadcrumb list with absolute URLs', () => {
    const ld = breadcrumbList([{ name: 'Home', path: '/' }, { name: 'Utilities', path: '/utilities/' }], 'https://example.org');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Utilities', item: 'https://example.org/utilities/' },
    ]);
  });

  it('dates the guide and answers every FAQ in plain text', () => {
    expect(guideWebPage(sces, 'https://e.org/x/')).toMatchObject({
      '@type': 'WebPage',
      dateModified: sces.lastUpdated,
      about: {
        name: 'Sevier County Electric System',
        alternateName: ['SCES'],
        areaServed: [{ '@type': 'State', name: 'Tennessee' }],
        identifier: [{ '@type': 'PropertyValue', propertyID: 'EIA-861 utility number', value: '16949' }],
      },
    });
    const faq = faqPage(minimal, 'https://e.org/x/faq/');
    expect(faq.mainEntity).toEqual([
      { '@type': 'Question', name: 'Is this a real utility?', acceptedAnswer: { '@type': 'Answer', text: 'No, it exists only for the tests (https://example.org/tests).' } },
    ]);
  });
});

describe('sitemap lastmod', () => {
  it('dates each guide page from its lastUpdated and the indexes from the newest guide', () => {
    const map = lastmodByPath(guides);
    expect(map.get('/utilities/sevier-county-electric-system/')).toBe(sces.lastUpdated);
    expect(map.get('/utilities/sevier-county-electric-system/faq/')).toBe(sces.lastUpdated);
    const newest = guides.map((g) => g.data.lastUpdated).sort().at(-1);
    expect(map.get('/')).toBe(newest);
  });
});
