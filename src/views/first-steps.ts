/**
 * "What you can do today" on a utility page without a guide: the first steps that apply to every customer,
 * then those the site can tie to the utility's state and meters, each linking to where the site explains it.
 * Composed only from what the site already holds (EIA-861 counts, the state hubs' cited rules); it never
 * says what the utility offers, because no source we read says so yet. Pure: no I/O.
 */
import type { DirectoryEntry } from '#src/schema/directory.ts';
import type { StateCode } from '#src/schema/fragments.ts';
import { formatNumber, stateName } from '#src/lib/format.ts';
import { stateHubPath, stateRulePath } from '#src/lib/urls.ts';

/** The path of the page with the request letters; the steps link into it. */
export const REQUEST_PATH = '/request-your-data/';
export const REQUEST_IDS = { own: 'letter-own-data', thirdParty: 'letter-third-party' } as const;

export interface FirstStep {
  /** What to do, in one sentence. */
  text: string;
  /** Where the site explains it. */
  href: string;
  /** The link's words. */
  link: string;
}

/** The part of a state hub the steps use: its rules, each with its id (the anchor) and its name. */
export interface StateRules {
  code: StateCode;
  rules: readonly { id: string; name: string }[];
}

const GREEN_BUTTON = /green button/i;

export function firstSteps(
  name: string,
  e: DirectoryEntry,
  states: readonly StateRules[],
): FirstStep[] {
  const steps: FirstStep[] = [
    {
      text: `Ask ${name} in writing for your billing and usage history, as a file you can keep.`,
      href: `${REQUEST_PATH}#${REQUEST_IDS.own}`,
      link: 'A letter to copy',
    },
  ];
  const ami = e.meters?.ami ?? 0;
  if (ami > 0)
    steps.push({
      text: `EIA counted ${formatNumber(ami)} smart meters at ${name} in ${e.dataYear}. If yours is one, ask for interval data (readings every hour or less), not only monthly totals.`,
      href: '/interval-data/',
      link: 'What interval data is',
    });
  for (const s of states) {
    const gb = s.rules.find((r) => GREEN_BUTTON.test(r.name));
    if (gb)
      steps.push({
        text: `${stateName(s.code)} has a rule on Green Button data sharing; check whether it covers ${name} and look for a Green Button download in the online account.`,
        href: stateRulePath(s.code, gb.id),
        link: gb.name,
      });
    else if (s.rules.length)
      steps.push({
        text: `Read ${stateName(s.code)}'s rules on customer data: who may see your usage and how to ask for it.`,
        href: stateRulePath(s.code, s.rules[0]!.id),
        link: `${stateName(s.code)}'s data-access rules`,
      });
  }
  steps.push({
    text: `To let an app, a contractor or an energy adviser get your data, give them a signed authorization to send to ${name}.`,
    href: `${REQUEST_PATH}#${REQUEST_IDS.thirdParty}`,
    link: 'An authorization to copy',
  });
  if (!states.some((s) => s.rules.length))
    steps.push({
      text: `See ${stateName(e.states[0] as StateCode)}'s other utilities, its regulator and its market.`,
      href: stateHubPath(e.states[0]!),
      link: stateName(e.states[0] as StateCode),
    });
  return steps;
}
