/** Other data-related programs, each under its name with its kind as a badge. */
import { PROGRAM_KIND } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import type { Block } from '../parts.ts';
import { statesText, type GuideContext } from './shared.ts';

export function programsBlocks(u: Utility, ctx: GuideContext): Block[] {
  const blocks: Block[] = u.programs.length
    ? u.programs.flatMap((p): Block[] => [
        { kind: 'heading', text: p.name, badge: { text: PROGRAM_KIND[p.kind], tone: 'unknown' } },
        ...(p.states
          ? [{ kind: 'text', md: `Only in ${statesText(p.states)}.`, cite: [] } as Block]
          : []),
        { kind: 'text', md: p.description, cite: ctx.citations.of(p.cite) },
        ...(p.url ? [{ kind: 'link', text: `${p.name} page`, href: p.url } as Block] : []),
        ...ctx.steps(undefined, p.steps, p.cite),
      ])
    : [{ kind: 'unknown', what: 'other data-related programs' }];
  return [...blocks, ...ctx.conflicts('programs')];
}
