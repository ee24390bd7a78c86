/**
 * Which fields of a guide are claims about the utility. Every enum, number or flag in the schema is either
 * a claim, whose evidence tier is computed from the sources that the nearest `cite` (its own, or its
 * section's) names, or structure: a field that says what something on the page is (a source's kind, a
 * contact's type), not what the utility does. `schemaFields` walks the schema so a test can prove that no
 * claim sits where no `cite` can reach it, i.e. that no summary-feeding field bypasses the computation.
 */
import type { z } from 'astro/zod';

/** Fields that describe the guide itself rather than the utility (paths as `schemaFields` writes them). */
export const STRUCTURAL_FIELDS: ReadonlySet<string> = new Set([
  'sources[].kind',
  'contacts[].type',
  'conflicts[].section',
]);

export interface SchemaField {
  /** Dotted path, `[]` for list items, e.g. `thirdPartyAccess.routes[].kind`. */
  path: string;
  type: 'enum' | 'number' | 'boolean';
  /** Whether an object on the way down (the root only for top-level identity facts) has a `cite`. */
  citeable: boolean;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every enum, number and boolean field of a schema, with whether a cite covers it. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const out = new Map<string, SchemaField>();
  const walk = (s: z.ZodType, path: string, depth: number, cited: boolean) => {
    const d = defOf(s);
    switch (d.type) {
      case 'object': {
        // The root's cite covers identity facts only; sections must cite their own sources.
        const own = Boolean(d.shape && 'cite' in d.shape);
        for (const [k, v] of Object.entries(d.shape ?? {}))
          if (k !== 'cite') {
            const top = depth === 0;
            walk(v, path ? `${path}.${k}` : k, depth + 1, top ? own && isIdentity(v) : cited || own);
          }
        return;
      }
      case 'array':
        return walk(d.element!, `${path}[]`, depth, cited);
      case 'optional':
      case 'default':
      case 'prefault':
      case 'nullable':
      case 'readonly':
      case 'catch':
        return walk(d.innerType!, path, depth, cited);
      case 'pipe':
        walk(d.in!, path, depth, cited);
        return walk(d.out!, path, depth, cited);
      case 'union':
        return d.options!.forEach((o) => walk(o, path, depth, cited));
      case 'enum':
      case 'number':
      case 'boolean': {
        const prev = out.get(path);
        out.set(path, { path, type: d.type, citeable: (prev?.citeable ?? true) && cited });
        return;
      }
    }
  };
  walk(schema, '', 0, false);
  return [...out.values()];
}

/**
 * A top-level value or list of values (ownership, states) is an identity fact that the root cite covers;
 * a top-level object or list of objects is a section, which must cite its own sources.
 */
function isIdentity(s: z.ZodType): boolean {
  const unwrap = (x: z.ZodType) => {
    let d = defOf(x);
    while (d.innerType || (d.type === 'pipe' && d.out)) d = defOf(d.innerType ?? d.out!);
    return d;
  };
  const d = unwrap(s);
  return d.type !== 'object' && !(d.type === 'array' && unwrap(d.element!).type === 'object');
}

/** Claims that no cite can reach: each is a field whose evidence could not be computed. */
export const uncitedClaims = (schema: z.ZodType) =>
  schemaFields(schema).filter(
    (f) => !f.citeable && ![...STRUCTURAL_FIELDS].some((p) => f.path.startsWith(p)),
  );
