/**
 * Splits a guide into YAML frontmatter and Markdown body and parses the YAML, in the one dialect every
 * tool uses (YAML 1.2 core schema: no timestamps, so 2026-02-30 stays a string and fails as a date instead
 * of rolling over to March 2; `no` is text, not false). Keeps a map from field paths to file lines.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

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
}

const FENCE = /^---[ \t]*$/;

export function parseGuideSource(source: string): { guide?: ParsedGuide; issues: FileIssue[] } {
  const text = source.startsWith('\ufeff') ? source.slice(1) : source;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (!text.trim()) return { issues: [{ line: 1, message: 'the file is empty; expected YAML frontmatter between two lines of --- followed by the guide text' }] };
  if (!FENCE.test(lines[0]))
    return { issues: [{ line: 1, message: `the file does not start with frontmatter: found ${JSON.stringify(lines[0].slice(0, 40))}; expected a first line of three dashes (---)`, hint: 'a guide starts with ---, then the YAML fields, then another --- line, then the Markdown text' }] };
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0)
    return { issues: [{ line: 1, message: 'the frontmatter is not closed: found no second line of three dashes (---); expected one after the last YAML field' }] };
  const yamlText = lines.slice(1, close).join('\n');
  if (!yamlText.trim()) return { issues: [{ line: 2, message: 'the frontmatter is empty; expected the guide’s fields (name, summary, states, …) between the two --- lines' }] };

  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
  // Frontmatter starts on file line 2.
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  const issues: FileIssue[] = doc.errors.map((e) => ({
    line: e.linePos ? e.linePos[0].line + 1 : undefined,
    message: `the frontmatter is not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    hint: /Map keys must be unique/.test(e.message) ? 'a field is written twice; keep one' : /Nested mappings|Implicit map keys|block/.test(e.message) ? 'check the indentation and that a value containing ": " is quoted' : undefined,
  }));
  visit(doc, {
    Alias(_, node) {
      issues.push({ line: node.range ? lineAt(node.range[0]) : undefined, message: `found a YAML alias (${node.source.startsWith('*') ? node.source : `*${node.source}`}); expected values written out`, hint: 'aliases can multiply one value thousands of times; copy the value instead' });
      return visit.BREAK;
    },
  });
  if (issues.length) return { issues };
  if (!isMap(doc.contents))
    return { issues: [{ line: 2, message: `the frontmatter is not a set of fields: found ${isSeq(doc.contents) ? 'a list' : 'a single value'}; expected lines such as name: Sevier County Electric System` }] };

  keepWrittenDecimals(doc);
  const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  const nodeAt = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return node;
    }
    return undefined;
  };
  return {
    issues,
    guide: {
      data,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
      lineOf: (path) => {
        const node = nodeAt(path);
        return node?.range ? lineAt(node.range[0]) : undefined;
      },
      keyLineOf: (path, key) => {
        const map = doc.getIn(path as unknown[], true);
        if (!isMap(map)) return undefined;
        const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
        const k = pair?.key as Node | undefined;
        return k?.range ? lineAt(k.range[0]) : undefined;
      },
      isFlowMap: (path) => {
        const node = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
        return isMap(node) && Boolean(node.flow);
      },
    },
  };
}

/** A float loses trailing zeros (11.30 → 11.3); hand over the written text where it would. */
function keepWrittenDecimals(doc: Document) {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && node.source && /^[+-]?\d+\.\d+$/.test(node.source) && String(node.value) !== node.source.replace(/^\+/, ''))
        node.value = node.source.replace(/^\+/, '');
    },
  });
}
