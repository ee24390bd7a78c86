/**
 * Splits a guide into YAML frontmatter and Markdown body and parses the YAML, in the one dialect every
 * tool uses: YAML 1.2 core schema (no timestamps, so 2026-02-30 stays a string and fails as a date instead
 * of rolling over to March 2; `no` is text, not false), duplicate keys refused, aliases refused, and floats
 * keep their written text where a number would drop digits (11.30). js-yaml does the parsing (fast enough
 * for ten thousand guides); the `yaml` library's document model is consulted only to locate lines for
 * messages and to confirm a suspected alias, lazily, on the same text.
 */
import jsyaml from 'js-yaml';
import { CST, isMap, isScalar, Lexer, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface FileIssue {
  line?: number;
  message: string;
  hint?: string;
}

export interface ParsedGuide {
  /** The frontmatter as plain data. */
  data: Record<string, unknown>;
  /** The Markdown after the closing `---`. */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
  /** File line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** File line of the key `key` inside the map at `path`. */
  keyLineOf(path: readonly PropertyKey[], key: string): number | undefined;
  /** Whether the map at `path` was written inline as `{ … }`. */
  isFlowMap(path: readonly PropertyKey[]): boolean;
  /** File line of the first line containing `text` (cheap; for values such as URLs). */
  lineContaining(text: string): number | undefined;
}

const FENCE = /^---[ \t]*$/;

const yamlTypes = (jsyaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', jsyaml.Type & { resolve(d: string): boolean; construct(d: string): unknown; predicate?: (o: unknown) => boolean; represent?: unknown } > }).types;

// A float whose written form a number would shorten (11.30 → 11.3) stays text; the schema reads it as a decimal.
const float = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) => yamlTypes.float.resolve(data),
  construct: (data: string) => {
    const written = data.replace(/^\+/, '');
    const value = yamlTypes.float.construct(data) as number;
    return /^-?\d+\.\d+$/.test(written) && String(value) !== written ? written : value;
  },
  predicate: yamlTypes.float.predicate,
  represent: yamlTypes.float.represent as never,
});
const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [yamlTypes.null, yamlTypes.bool, yamlTypes.int, float] });

// Lexer tokens that mark a mode or a scalar's start rather than stand for source text.
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);

/**
 * The first anchor (&a) or alias (*a) in the YAML, as YAML's own lexer reads it (so quoted text, flow
 * collections and JSON-style maps are told apart exactly), with its offset in the text.
 */
export function firstAnchorOrAlias(
  yamlText: string,
): { kind: 'anchor' | 'alias'; source: string; offset: number } | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(yamlText)) {
    const type = CST.tokenType(token);
    if (type === 'anchor' || type === 'alias') return { kind: type, source: token, offset };
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
  }
  return undefined;
}

export function parseGuideSource(source: string): { guide?: ParsedGuide; issues: FileIssue[] } {
  const text = source.startsWith('\ufeff') ? source.slice(1) : source;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (!text.trim()) return { issues: [{ line: 1, message: 'the file is empty; expected YAML frontmatter between two lines of --- followed by the guide text' }] };
  if (!FENCE.test(lines[0]))
    return { issues: [{ line: 1, message: `the file does not start with frontmatter: found ${JSON.stringify(lines[0].slice(0, 40))}; expected a first line of three dashes (---)`, hint: 'a guide starts with ---, then the YAML fields, then another --- line, then the Markdown text' }] };
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0)
    return { issues: [{ line: 1, message: 'the frontmatter is not closed: found no second line of three dashes (---); expected one after the last YAML field' }] };
  if (!lines.slice(1, close).join('\n').trim()) return { issues: [{ line: 2, message: 'the frontmatter is empty; expected the guide’s fields (name, summary, states, …) between the two --- lines' }] };

  const yamlText = lines.slice(1, close).join('\n');
  // Frontmatter starts on file line 2.
  let doc: Document | undefined;
  let counter: LineCounter | undefined;
  const exact = () => {
    counter ??= new LineCounter();
    doc ??= parseDocument(yamlText, { lineCounter: counter, schema: 'core', uniqueKeys: false, prettyErrors: false });
    return doc;
  };
  const lineAt = (offset: number) => counter!.linePos(offset).line + 1;

  // Refused before anything expands them: aliases can multiply one value into gigabytes.
  const ref = firstAnchorOrAlias(yamlText);
  if (ref)
    return {
      issues: [
        {
          line: yamlText.slice(0, ref.offset).split('\n').length + 1,
          message: `found a YAML ${ref.kind} (${ref.source}); expected values written out`,
          hint: 'anchors and aliases can multiply one value thousands of times; copy the value instead',
        },
      ],
    };

  let data: unknown;
  try {
    data = jsyaml.load(yamlText, { schema: SCHEMA, json: false });
  } catch (err) {
    const e = err as { reason?: string; message: string; mark?: { line: number } };
    const reason = e.reason ?? e.message.split('\n')[0];
    return {
      issues: [
        {
          line: e.mark ? e.mark.line + 2 : undefined,
          message: `the frontmatter is not valid YAML: ${reason}`,
          hint: /duplicated mapping key/.test(reason) ? 'a field is written twice; keep one' : /indentation|mapping entry|block/.test(reason) ? 'check the indentation and that a value containing ": " is quoted' : undefined,
        },
      ],
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { issues: [{ line: 2, message: `the frontmatter is not a set of fields: found ${Array.isArray(data) ? 'a list' : 'a single value'}; expected lines such as name: Sevier County Electric System` }] };

  const nodeAt = (path: readonly PropertyKey[]) => {
    const d = exact();
    for (let n = path.length; n >= 0; n--) {
      const node = d.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return node;
    }
    return undefined;
  };
  return {
    issues: [],
    guide: {
      data: data as Record<string, unknown>,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
      lineOf: (path) => {
        const node = nodeAt(path);
        return node?.range ? lineAt(node.range[0]) : undefined;
      },
      keyLineOf: (path, key) => {
        const map = exact().getIn(path as unknown[], true);
        if (!isMap(map)) return undefined;
        const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
        const k = pair?.key as Node | undefined;
        return k?.range ? lineAt(k.range[0]) : undefined;
      },
      isFlowMap: (path) => {
        const node = path.length ? exact().getIn(path as unknown[], true) : exact().contents;
        return isMap(node) && Boolean(node.flow);
      },
      lineContaining: (text) => {
        const i = lines.findIndex((l, n) => n > 0 && n < close && l.includes(text));
        return i < 0 ? undefined : i + 1;
      },
    },
  };
}
