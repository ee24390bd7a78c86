/**
 * Open Graph images, one per page type, drawn at build time (satori lays out the text with the Inter font
 * shipped by @fontsource, resvg turns the SVG into a PNG): no client code, no network, no system fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { SITE_NAME } from '#src/site.ts';

import { OG_KINDS, type OgKind } from './og-kinds.ts';

export { OG_KINDS, type OgKind };

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));

const el = (type: string, style: Record<string, unknown>, children: unknown) => ({
  type,
  props: { style, children },
});

export async function ogImage(kind: OgKind): Promise<Uint8Array> {
  const { title, line } = OG_KINDS[kind];
  const svg = await satori(
    el(
      'div',
      {
        width: 1200,
        height: 630,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#0b3d6e',
        color: '#ffffff',
        fontFamily: 'Inter',
      },
      [
        el(
          'div',
          { display: 'flex', width: 1056, fontSize: 34, fontWeight: 700, color: '#bcd9f5' },
          SITE_NAME,
        ),
        el('div', { display: 'flex', flexDirection: 'column', width: 1056, gap: '24px' }, [
          el(
            'div',
            { display: 'flex', width: 1056, fontSize: 72, fontWeight: 700, lineHeight: 1.1 },
            title,
          ),
          el(
            'div',
            { display: 'flex', width: 1056, fontSize: 36, lineHeight: 1.3, color: '#dbe9f7' },
            line,
          ),
        ]),
        el(
          'div',
          { display: 'flex', width: 1056, fontSize: 28, color: '#bcd9f5' },
          'Every fact cited. Unknown is shown as not published.',
        ),
      ],
    ) as never,
    {
      width: 1200,
      height: 630,
      fonts: [
        { name: 'Inter', data: font(400), weight: 400 },
        { name: 'Inter', data: font(700), weight: 700 },
      ],
    },
  );
  return new Resvg(svg).render().asPng();
}
