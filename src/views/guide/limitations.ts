/** Limitations: what the utility's data access does not do, each with its source. */
import type { Utility } from '#src/schema/utility.ts';
import type { Block } from '../parts.ts';
import type { GuideContext } from './shared.ts';

export const limitationsBlocks = (u: Utility, ctx: GuideContext): Block[] =>
  u.limitations.length
    ? [
        {
          kind: 'list',
          items: u.limitations.map((l) => ({ md: l.text, cite: ctx.citations.of(l.cite) })),
        },
      ]
    : [{ kind: 'unknown', what: 'limitations' }];
