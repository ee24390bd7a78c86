import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImage } from '#src/lib/og.ts';
import { OG_KINDS, type OgKind } from '#src/lib/og-kinds.ts';

export const getStaticPaths = (() =>
  Object.keys(OG_KINDS).map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await ogImage(params.kind as OgKind)), {
    headers: { 'Content-Type': 'image/png' },
  });
