/** The "at a glance" row: each capability with its status and the sources behind it. */
import type { Utility } from '#src/schema/utility.ts';
import { capabilities, type Capability } from '../capabilities.ts';
import type { CiteRef } from '../parts.ts';
import type { GuideContext } from './shared.ts';

export type GlanceItem = Capability & { cites: CiteRef[] };

export const glanceItems = (u: Utility, ctx: GuideContext): GlanceItem[] =>
  capabilities(u).map((cap) => ({ ...cap, cites: ctx.citations.of(cap.cite) }));
