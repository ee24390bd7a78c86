/** API: the program's status and terms, how to register, and independent providers of the data. */
import type { Utility } from '#src/schema/utility.ts';
import { availabilityText } from '../capabilities.ts';
import { compact, md, text, UNKNOWN, type Block } from '../parts.ts';
import { statusFactOf, type GuideContext } from './shared.ts';

export function apiBlocks(u: Utility, ctx: GuideContext): Block[] {
  const a = u.api;
  const f = ctx.fact;
  return [
    {
      kind: 'facts',
      facts: compact([
        statusFactOf(ctx, 'Status', a, availabilityText(a.status, a.expected)),
        f('Program', a.program ? text(a.program) : UNKNOWN, [a.cite]),
        f('Authorization', a.authMethod ? md(a.authMethod) : UNKNOWN, [a.cite]),
        f('Rate limits', a.rateLimits ? md(a.rateLimits) : UNKNOWN, [a.cite]),
        f('Interval data latency', a.intervalLatency ? md(a.intervalLatency) : UNKNOWN, [a.cite]),
        f(
          'Developer portal',
          a.developerPortal ? { href: a.developerPortal, text: a.developerPortal } : UNKNOWN,
          [a.cite],
        ),
      ]),
    },
    ...ctx.para(a.summary, [a.cite]),
    ...ctx.steps('How to register for access', a.registrationSteps, a.cite),
    ...providerBlocks(u, ctx),
    ...ctx.conflicts('api'),
  ];
}

/** Companies that say they offer the utility's data by API, alphabetically and without endorsement. */
function providerBlocks(u: Utility, ctx: GuideContext): Block[] {
  const providers = u.api.dataProviders;
  if (!providers.length) return [];
  return [
    { kind: 'heading', text: 'Independent data providers' },
    {
      kind: 'text',
      md: `These companies say they offer API access to ${ctx.short} data. They are listed in alphabetical order, without endorsement.`,
      cite: [],
    },
    {
      kind: 'list',
      items: [...providers]
        .sort((x, y) => x.name.localeCompare(y.name))
        .map((p) => ({
          md: `${p.url ? `[${p.name}](${p.url})` : p.name}${p.coverage ? `: ${p.coverage}` : ''}`,
          cite: ctx.citations.of(p.cite),
        })),
    },
  ];
}
