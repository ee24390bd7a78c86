/**
 * Finding sheets, header rows and columns BY NAME in statistical workbooks whose layout drifts between
 * releases: a title row above the header, a header spread over two or three rows (a group label such as
 * "RESIDENTIAL" or "Number AMI- Advanced Metering Infrastructure" over merged cells, then "Customers" /
 * "Total"), header text split across two rows ("Utility" / "Number"), and footnote rows at the bottom.
 * Pure functions over already-parsed rows (read-excel-file's 2D arrays); no I/O.
 */

export type Cell = string | number | boolean | Date | null | undefined;
export type Row = readonly Cell[];

export interface Sheet {
  name: string;
  rows: readonly Row[];
}

export interface Workbook {
  fileName: string;
  sheets: readonly Sheet[];
}

/** An input problem: a one-line message naming file, sheet, column, what was found and expected, and a hint. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A column to find. Every `path` element must match one header label of the column (group label, name, unit). */
export interface ColumnSpec {
  /** How the column is named in messages, e.g. 'RESIDENTIAL / Customers'. */
  label: string;
  /** Header texts, compared after normalisation; a label also matches when it starts with the text plus a space. */
  path: readonly string[];
}

/** Lowercase words of a header text: punctuation, line breaks and footnote marks become single spaces. */
export const normalizeHeader = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The text of a cell as a reader sees it ('' for empty). */
export const cellText = (cell: Cell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
};

/** Spreadsheet column letters for messages: 0 → A, 27 → AB. */
export const columnLetter = (index: number): string => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const quoteList = (items: readonly string[], max = 12): string => {
  const shown = items.slice(0, max).map((s) => `"${s}"`);
  return items.length > max ? `${shown.join(', ')} … (${items.length} in all)` : shown.join(', ');
};

/** Sheet by name, ignoring case and surrounding spaces. */
export function findSheet(workbook: Workbook, name: string, hint: string): Sheet {
  const wanted = name.trim().toLowerCase();
  const sheet = workbook.sheets.find((s) => s.name.trim().toLowerCase() === wanted);
  if (sheet) return sheet;
  throw new InputError(
    `${workbook.fileName}: no sheet "${name}"; found sheets ${quoteList(workbook.sheets.map((s) => s.name))}. Hint: ${hint}`,
  );
}

interface HeaderCandidate {
  headerRows: number;
  /** Normalised labels per column, including group labels carried over merged cells and joined neighbours. */
  labels: string[][];
  /** The header of each column as a reader would name it, e.g. "Number AMI- Advanced Metering Infrastructure / Total". */
  filledText: string[];
}

/** Header labels of every column if the header occupies rows 0..last. Group rows above `last` are forward-filled over merged cells. */
function candidate(rows: readonly Row[], last: number, width: number): HeaderCandidate {
  const labels: string[][] = Array.from({ length: width }, () => []);
  const filled: string[][] = Array.from({ length: width }, () => []);
  for (let r = 0; r <= last; r++) {
    let carried = '';
    for (let c = 0; c < width; c++) {
      const own = cellText(rows[r]?.[c]).replace(/\s+/g, ' ');
      if (own) carried = own;
      const text = own || (r < last ? carried : '');
      const n = normalizeHeader(text);
      if (n) {
        labels[c]!.push(n);
        filled[c]!.push(text);
      }
    }
  }
  // A group label alone (no text of the column's own) is not a column name worth listing.
  const filledText = filled.map((parts, c) =>
    cellText(rows[last]?.[c]) || parts.length > 1 ? parts.join(' / ') : '',
  );
  // Text split over two rows ("Utility" above "Number") is also tried joined.
  for (const list of labels) {
    const parts = [...list];
    for (let i = 0; i + 1 < parts.length; i++) list.push(`${parts[i]} ${parts[i + 1]}`);
  }
  return { headerRows: last + 1, labels, filledText };
}

const labelMatches = (label: string, wanted: string) =>
  label === wanted || label.startsWith(`${wanted} `);

/** Score of a column for a spec: 0 = no match; more exact label matches score higher. */
function score(labels: readonly string[], lastRowLabel: string, spec: ColumnSpec): number {
  let total = 0;
  for (const raw of spec.path) {
    const wanted = normalizeHeader(raw);
    if (labels.includes(wanted)) total += 2;
    else if (labels.some((l) => labelMatches(l, wanted))) total += 1;
    else return 0;
  }
  const lastWanted = normalizeHeader(spec.path[spec.path.length - 1]!);
  if (lastRowLabel && labelMatches(lastRowLabel, lastWanted)) total += 1;
  return total;
}

type Resolution = { index: number } | { ambiguous: number[] } | null;

function resolve(c: HeaderCandidate, rows: readonly Row[], spec: ColumnSpec): Resolution {
  let best = 0;
  let hits: number[] = [];
  const lastRow = c.headerRows - 1;
  c.labels.forEach((labels, index) => {
    const s = score(labels, normalizeHeader(cellText(rows[lastRow]?.[index])), spec);
    if (s > best) [best, hits] = [s, [index]];
    else if (s > 0 && s === best) hits.push(index);
  });
  if (hits.length === 0) return null;
  return hits.length === 1 ? { index: hits[0]! } : { ambiguous: hits };
}

export interface LocatedTable<K extends string> {
  /** 0-based column index of every spec. */
  columns: Record<K, number>;
  /** Number of rows above the data. */
  headerRows: number;
}

/** Finds the header (within the first `maxHeaderRows` rows) that resolves the most columns, then every column. */
export function locateColumns<K extends string>(
  fileName: string,
  sheet: Sheet,
  specs: Record<K, ColumnSpec>,
  hint: string,
  maxHeaderRows = 8,
): LocatedTable<K> {
  const rows = sheet.rows;
  const width = Math.max(0, ...rows.slice(0, maxHeaderRows).map((r) => r.length));
  const keys = Object.keys(specs) as K[];
  const where = `${fileName}, sheet "${sheet.name}"`;
  let best: { c: HeaderCandidate; found: number } | null = null;
  for (let last = 0; last < Math.min(maxHeaderRows, rows.length); last++) {
    const c = candidate(rows, last, width);
    const found = keys.filter((k) => resolve(c, rows, specs[k]) !== null).length;
    if (!best || found > best.found) best = { c, found };
  }
  if (!best || best.found === 0) {
    throw new InputError(
      `${where}: no header row in the first ${maxHeaderRows} rows; expected columns ${quoteList(keys.map((k) => specs[k].label))}. Hint: ${hint}`,
    );
  }
  const { c } = best;
  const columns = {} as Record<K, number>;
  const rowsText = c.headerRows === 1 ? 'row 1' : `rows 1-${c.headerRows}`;
  for (const k of keys) {
    const r = resolve(c, rows, specs[k]);
    if (r === null) {
      // Columns sharing part of the name ("… / Total") say more than the whole header.
      const similar = c.filledText.filter((_, i) =>
        specs[k].path.some((p) => c.labels[i]!.some((l) => labelMatches(l, normalizeHeader(p)))),
      );
      const found = similar.length
        ? `found similar columns ${quoteList(similar)}`
        : `found columns ${quoteList(c.filledText.filter(Boolean))}`;
      throw new InputError(
        `${where}: no column "${specs[k].label}" in header ${rowsText}; ${found}. Hint: ${hint}`,
      );
    }
    if ('ambiguous' in r) {
      const found = r.ambiguous.map((i) => `${columnLetter(i)} "${c.filledText[i]}"`).join(', ');
      throw new InputError(
        `${where}: column "${specs[k].label}" matches ${r.ambiguous.length} columns (${found}); expected exactly one. Hint: ${hint}`,
      );
    }
    columns[k] = r.index;
  }
  return { columns, headerRows: c.headerRows };
}

/** A data row with its 1-based sheet row number for messages. */
export interface DataRow {
  rowNumber: number;
  cells: Row;
}

/**
 * The rows below the header whose `idColumn` holds a whole number. Blank rows, footnotes ("Note- …",
 * "To calculate a state total …") and other text rows are skipped and counted.
 */
export function dataRows(
  sheet: Sheet,
  headerRows: number,
  idColumn: number,
): { rows: DataRow[]; skipped: number } {
  const rows: DataRow[] = [];
  let skipped = 0;
  for (let i = headerRows; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i]!;
    const id = cells[idColumn];
    const isId =
      (typeof id === 'number' && Number.isInteger(id)) ||
      (typeof id === 'string' && /^\s*\d+\s*$/.test(id));
    if (isId) rows.push({ rowNumber: i + 1, cells });
    else if (cells.some((v) => cellText(v) !== '')) skipped++;
  }
  return { rows, skipped };
}

/** Where a cell is, for messages: `Sales_Ult_Cust_2018.xlsx, sheet "States", row 12, column L ("Customers")`. */
export const cellPlace = (
  fileName: string,
  sheet: string,
  row: number,
  column: number,
  label: string,
) => `${fileName}, sheet "${sheet}", row ${row}, column ${columnLetter(column)} ("${label}")`;

/**
 * A count as EIA publishes it: a number, or "." / blank for no data (null). Thousands separators are tolerated;
 * any other text is an input error rather than a silent zero.
 */
export function countCell(cell: Cell, place: () => string): number | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell))
      throw new InputError(`${place()}: found ${cell}; expected a number or "." for no data`);
    return cell;
  }
  const text = cellText(cell);
  if (text === '' || text === '.') return null;
  const n = Number(text.replace(/,/g, ''));
  if (Number.isFinite(n)) return n;
  throw new InputError(
    `${place()}: found "${text}"; expected a number or "." for no data. Hint: the workbook may have been edited; use the original from EIA.`,
  );
}
