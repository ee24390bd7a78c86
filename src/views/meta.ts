/**
 * What a search result shows: the <title> uses the name people search for (Con Edison, ComEd, SCES),
 * and the description (at most 160 characters) names the utility and gives the key answer.
 */
import type { Utility } from '#src/schema/utility.ts';
import { capabilities, thirdPartyStatus } from './capabilities.ts';
import { GRANULARITY } from '#src/schema/enums.ts';
import { finestGranularity } from './capabilities.ts';

export const MAX_DESCRIPTION = 160;

/** "ComEd (Commonwealth Edison)" when both fit, else the short name, else the name. */
export function commonName(u: Utility): string {
  if (!u.shortName || u.shortName === u.name) return u.name;
  const both = `${u.shortName} (${u.name})`;
  return both.length <= 48 ? both : u.shortName;
}

export const guideTitle = (u: Utility) => `${commonName(u)} data access guide`;

/** The key answers, most useful first, each a short phrase. */
function answers(u: Utility): string[] {
  const caps = new Map(capabilities(u).map((c) => [c.id, c]));
  const out: string[] = [];
  const g = finestGranularity(u);
  if (g.value !== 'unknown' && g.value !== 'not-applicable')
    out.push(`${GRANULARITY[g.value].toLowerCase()} usage data`);
  if (caps.get('gb-cmd')!.tone === 'yes') out.push('Green Button Connect');
  else if (caps.get('gb-dmd')!.tone === 'yes') out.push('Green Button download');
  if (caps.get('api')!.tone === 'yes') out.push('an API');
  if (caps.get('edi')!.tone === 'yes') out.push('EDI');
  const tp = thirdPartyStatus(u);
  if (tp.routes.length)
    out.push(`${tp.routes.length} third-party route${tp.routes.length > 1 ? 's' : ''}`);
  return out;
}

export function guideDescription(u: Utility): string {
  const name = u.shortName ?? u.name;
  const known = answers(u);
  const tail = 'Sourced steps for customers and third parties.';
  for (let n = known.length; n >= 0; n--) {
    const list = known.slice(0, n);
    const what = list.length
      ? `${list.slice(0, -1).join(', ')}${list.length > 1 ? ' and ' : ''}${list.at(-1)}`
      : 'bills and usage data; what is and is not published';
    const text = `How to get ${name} data: ${what}. ${tail}`;
    if (text.length <= MAX_DESCRIPTION) return text;
  }
  return `How to get ${name} data. ${tail}`.slice(0, MAX_DESCRIPTION);
}

export const faqDescription = (u: Utility) =>
  fit(
    `${u.shortName ?? u.name} data access FAQ: answers on bills, interval data, Green Button, third-party access and rates, with sources.`,
  );
export const ratesDescription = (u: Utility) =>
  fit(
    `${u.shortName ?? u.name} rate schedules and published figures with their dates, dockets and tariff book, with sources.`,
  );

/** Shortens at a word boundary to the limit, ending with an ellipsis when cut. */
export function fit(text: string, max = MAX_DESCRIPTION): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
