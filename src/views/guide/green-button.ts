/** Green Button: Download My Data (customers) and Connect My Data (third parties), each with its status. */
import { YES_NO } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { availabilityText } from '../capabilities.ts';
import { compact, md, text, UNKNOWN, type Block, type Fact } from '../parts.ts';
import { clauses, type GuideContext, historyText, list, statusFactOf } from './shared.ts';

export function greenButtonBlocks(u: Utility, ctx: GuideContext): Block[] {
  return [
    { kind: 'heading', text: 'Download My Data' },
    { kind: 'facts', facts: compact(downloadFacts(u, ctx)) },
    { kind: 'heading', text: 'Connect My Data' },
    { kind: 'facts', facts: compact(connectFacts(u, ctx)) },
    ...ctx.conflicts('green-button'),
  ];
}

function downloadFacts(u: Utility, ctx: GuideContext): Fact[] {
  const gb = u.greenButton;
  const dmd = gb.downloadMyData;
  const cites = [dmd.cite, gb.cite];
  return [
    statusFactOf(ctx, 'Status', dmd, availabilityText(dmd.status, dmd.expected), [gb.cite]),
    ctx.fact('Available to', dmd.availableTo ? md(dmd.availableTo) : UNKNOWN, cites),
    ctx.fact('Formats', list(dmd.formats), cites),
    ...(dmd.history.length
      ? [
          ctx.fact('History', text(clauses(dmd.history.map(historyText))), [
            dmd.history.flatMap((h) => h.cite ?? []),
            ...cites,
          ]),
        ]
      : []),
    ...(dmd.url ? [ctx.fact('Where', { href: dmd.url, text: dmd.url }, cites)] : []),
  ];
}

function connectFacts(u: Utility, ctx: GuideContext): Fact[] {
  const gb = u.greenButton;
  const cmd = gb.connectMyData;
  const cites = [cmd.cite, gb.cite];
  return [
    statusFactOf(ctx, 'Status', cmd, availabilityText(cmd.status, cmd.expected), [gb.cite]),
    ctx.fact('Available to', cmd.availableTo ? md(cmd.availableTo) : UNKNOWN, cites),
    ctx.fact('Standard', cmd.standard ? text(cmd.standard) : UNKNOWN, cites),
    ...(cmd.registrationUrl
      ? [
          ctx.fact(
            'Where third parties register',
            { href: cmd.registrationUrl, text: cmd.registrationUrl },
            cites,
          ),
        ]
      : []),
    statusFactOf(
      ctx,
      'Listed in the Green Button Alliance directory',
      gb.gbaDirectoryListed,
      YES_NO[gb.gbaDirectoryListed.status],
      [gb.cite],
      { tone: false },
    ),
  ];
}
