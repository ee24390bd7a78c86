/** `/updates.xml`: an Atom feed of changes to guides, for readers who follow a utility or the whole site. */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { getGuides } from '#src/data/utilities.ts';
import { feedText, xmlSafe } from '#src/lib/escape.ts';
import { inlineMarkdown } from '#src/lib/markdown.ts';
import { guidePath } from '#src/lib/urls.ts';
import { SITE_NAME } from '#src/site.ts';
import { updateEntries } from '#src/views/updates.ts';

export const FEED_PATH = '/updates.xml';

export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(path, site).href;
  const entries = updateEntries(await getGuides());
  const feed = new Feed({
    title: `${SITE_NAME}: updated guides`,
    description: 'Changes to the utility data access guides: what changed, and when.',
    id: abs('/'),
    link: abs('/'),
    language: 'en',
    updated: new Date(`${entries[0]?.date ?? '2026-01-01'}T00:00:00Z`),
    feedLinks: { atom: abs(FEED_PATH) },
    generator: SITE_NAME,
  });
  for (const e of entries) {
    feed.addItem({
      title: feedText(`${e.name}: guide updated`),
      id: `${abs(guidePath(e.slug))}#change-${e.key.replace(/\//g, '-')}`,
      link: `${abs(guidePath(e.slug))}${e.recorded ? '#changes' : ''}`,
      description: inlineMarkdown(xmlSafe(e.summary)),
      date: new Date(`${e.date}T00:00:00Z`),
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
