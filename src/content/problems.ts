/**
 * One problem with one guide, as an editor needs it: file, line where known, field path, what was found,
 * what is expected, and a hint for the classic traps. Never a stack trace.
 */
export interface Problem {
  /** Path relative to the project root, as the editor would open it. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** Field path as an editor reads YAML, e.g. `rates.schedules[0].code`; absent for file-level problems. */
  field?: string;
  /** "found …; expected …" or a whole sentence for file-level problems. */
  message: string;
  /** What to do about it, when there is something more specific to say. */
  hint?: string;
  /** Errors stop the build; warnings are printed and allowed. */
  severity: 'error' | 'warning';
}

/** Renders a field path the way an editor reads YAML: `rates.schedules[0].code`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
      '',
    ) || '(top level)'
  );
}

/** `file:line: field: message` plus an indented hint line. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const head = `${where}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
  return p.hint ? `${head}\n      hint: ${p.hint}` : head;
}

export const isError = (p: Problem) => p.severity === 'error';

/** The report printed by check, build and dev: errors first, then warnings, each counted. */
export function formatReport(problems: Problem[], what = 'content'): string {
  const errors = problems.filter(isError);
  const warnings = problems.filter((p) => !isError(p));
  const parts: string[] = [];
  if (errors.length) parts.push(`${errors.length} error(s) in the ${what}:\n` + errors.map((p) => `  - ${formatProblem(p)}`).join('\n'));
  if (warnings.length) parts.push(`${warnings.length} warning(s):\n` + warnings.map((p) => `  - ${formatProblem(p)}`).join('\n'));
  return parts.join('\n');
}

/** Thrown where a caller must stop; carries the problems, prints without a stack. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], what?: string) {
    super(formatReport(problems, what));
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole story: a stack trace would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
