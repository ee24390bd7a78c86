/**
 * The file side of the EIA-861 import: find the five workbooks in a folder or a zip, check them against the
 * size limits below, parse them with read-excel-file, and hand plain rows to the pure logic in eia861.ts.
 * Every failure is an InputError.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import {
  EIA_861_URL,
  pickWorkbookFiles,
  readEia861,
  WORKBOOK_KINDS,
  type Eia861Records,
  type WorkbookKind,
} from './eia861.ts';
import { InputError, type Workbook } from './sheet.ts';

/**
 * SIZE LIMITS. A few kilobytes of zip can inflate to gigabytes, and a tiny sheet can ask read-excel-file for
 * millions of rows (it fills every gap up to the highest row and column a cell names), so every limit is
 * checked before the work it guards: file sizes with fs.stat before reading, uncompressed sizes from the zip's
 * central directory before inflating (and again while inflating, since a header can lie), rows and columns
 * from the sheet XML before parsing it.
 * Each is about 4-5× the largest value in the 2018 files (data/eia-861/2018), measured 2026-01:
 *   workbook files       largest 597,605 bytes (Advanced_Meters), all five 2,011,075
 *   XML inside a .xlsx   largest part 4,144,653 bytes, largest workbook 4,288,231 (both Advanced_Meters)
 *   sheets               most rows 11,827 (Service_Territory "Counties_States"), most columns 46
 *                        (Advanced_Meters "States"), most cells 2,367 rows × 46 columns = 108,882
 * If EIA's files outgrow them, raise them here.
 */
export const LIMITS = {
  /**
   * The input .zip file. EIA's whole-year zip also holds a dozen workbooks and documents the importer does
   * not read, and is not in the repository; this leaves ample room for them.
   */
  zipBytes: 100_000_000,
  /** One .xlsx workbook: its file in a folder, or its uncompressed entry in a zip. */
  workbookBytes: 3_000_000,
  /** The five workbooks together (files in a folder, or uncompressed entries in a zip). */
  workbooksBytes: 10_000_000,
  /** One uncompressed XML part inside a .xlsx (a sheet, the shared strings). */
  partBytes: 18_000_000,
  /** All uncompressed XML parts of one .xlsx together. */
  partsBytes: 20_000_000,
  /** Rows of one sheet, as read-excel-file would build them (up to the highest row number). */
  sheetRows: 50_000,
  /** Columns of one sheet (up to the highest column letter of any cell). */
  sheetColumns: 200,
  /** Rows × columns of one sheet: read-excel-file fills every row up to the widest. */
  sheetCells: 500_000,
};
export type Limits = typeof LIMITS;

const HINT_LIMIT = `use the files from ${EIA_861_URL}; if EIA's files have outgrown the limit, raise it in src/directory/eia861-files.ts.`;
const n = (x: number) => x.toLocaleString('en-US');

/** One line: what was found, the limit, and a hint. */
const overLimit = (where: string, found: string, limit: string) =>
  new InputError(`${where}: ${found}, over the limit of ${limit}. Hint: ${HINT_LIMIT}`);

// ---------------------------------------------------------------------------------------------------------
// Zip archives (the input zip, and every .xlsx, which is a zip of XML parts), read from the central directory
// so that sizes are known before anything is inflated.

class ZipFormatError extends Error {}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Uncompressed size, as the central directory states it. */
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** Lists a zip's entries from its central directory (ZIP64 included), without inflating anything. */
function zipEntries(bytes: Uint8Array): ZipEntry[] {
  try {
    return readCentralDirectory(bytes);
  } catch (e) {
    // A field pointing past the end of the file.
    if (e instanceof RangeError) throw new ZipFormatError('truncated or corrupt zip structure');
    throw e;
  }
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  let count = u16(eocd + 10);
  let dirOffset = u32(eocd + 16);
  if (
    (count === 0xffff || dirOffset === 0xffffffff) &&
    eocd >= 20 &&
    u32(eocd - 20) === 0x07064b50
  ) {
    const z64 = u64(eocd - 12);
    if (z64 + 56 > bytes.length || u32(z64) !== 0x06064b50)
      throw new ZipFormatError('bad ZIP64 end of central directory');
    count = u64(z64 + 32);
    dirOffset = u64(z64 + 48);
  }
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50)
      throw new ZipFormatError('bad central directory');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      offset: u32(at + 42),
    };
    // ZIP64: the fields that say 0xffffffff follow in the extra field 0x0001, in this order.
    const big = (['size', 'compressedSize', 'offset'] as const).filter(
      (k) => entry[k] === 0xffffffff,
    );
    if (big.length) {
      let extra = at + 46 + nameLength;
      const end = extra + extraLength;
      while (extra + 4 <= end && u16(extra) !== 0x0001) extra += 4 + u16(extra + 2);
      if (extra + 4 + 8 * big.length > end) throw new ZipFormatError('bad ZIP64 extra field');
      big.forEach((k, j) => (entry[k] = u64(extra + 4 + 8 * j)));
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return entries;
}

/**
 * Inflates one entry, stopping as soon as the output passes `max` bytes (then `tooBig` supplies the error).
 * A header that understates the size is caught here; one that overstates it, after.
 */
function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  max: number,
  tooBig: () => InputError,
): Uint8Array {
  const at = entry.offset;
  if (
    at + 30 > bytes.length ||
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at, true) !==
      0x04034b50
  )
    throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start =
    at +
    30 +
    (bytes[at + 26]! | (bytes[at + 27]! << 8)) +
    (bytes[at + 28]! | (bytes[at + 29]! << 8));
  if (start + entry.compressedSize > bytes.length)
    throw new ZipFormatError(`${entry.name} runs past the end of the file`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
      throw new ZipFormatError(`${entry.name}: ${(e as Error).message}`);
    }
  } else throw new ZipFormatError(`${entry.name}: unsupported compression method ${entry.method}`);
  if (out.length > max) throw tooBig();
  if (out.length !== entry.size)
    throw new ZipFormatError(
      `${entry.name} holds ${n(out.length)} bytes but its header says ${n(entry.size)}`,
    );
  return out;
}

/**
 * Checks the entries' sizes as the central directory states them against a per-entry and a total limit, then
 * inflates them one by one within the same limits. `where` names the zip in messages, `limit.what` its entries.
 */
function inflateWithinLimits(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  where: string,
  limit: { each: number; all: number; eachText: string; allText: string; what: string },
): Map<string, Uint8Array> {
  let total = 0;
  for (const e of entries) {
    if (e.size > limit.each)
      throw overLimit(
        `${where}: ${e.name}`,
        `${n(e.size)} bytes uncompressed (by the zip's directory)`,
        `${n(limit.each)} bytes ${limit.eachText}`,
      );
    total += e.size;
  }
  if (total > limit.all)
    throw overLimit(
      where,
      `the ${entries.length} ${limit.what} are ${n(total)} bytes uncompressed (by the zip's directory)`,
      `${n(limit.all)} bytes ${limit.allText}`,
    );
  const out = new Map<string, Uint8Array>();
  let inflated = 0;
  for (const e of entries) {
    const byTotal = limit.all - inflated < limit.each;
    const data = inflateEntry(bytes, e, Math.min(limit.each, limit.all - inflated), () =>
      byTotal
        ? overLimit(
            where,
            `the ${entries.length} ${limit.what} inflate to more than ${n(limit.all)} bytes (the zip's directory says ${n(total)})`,
            `${n(limit.all)} bytes ${limit.allText}`,
          )
        : overLimit(
            `${where}: ${e.name}`,
            `inflates to more than ${n(limit.each)} bytes (the zip's directory says ${n(e.size)})`,
            `${n(limit.each)} bytes ${limit.eachText}`,
          ),
    );
    inflated += data.length;
    out.set(e.name, data);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Workbooks

/** The parts read-excel-file reads (it skips images, printer settings and the like). */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/** Sheet names by part path, from xl/workbook.xml and its relationships; for messages only. */
function sheetNames(parts: Map<string, Uint8Array>): Map<string, string> {
  const text = (name: string) => new TextDecoder().decode(parts.get(name) ?? new Uint8Array());
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
  const targets = new Map<string, string>();
  for (const [tag] of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const path = targets.get(attr(tag, 'r:id') ?? '');
    const name = attr(tag, 'name');
    if (path && name) names.set(path, name);
  }
  return names;
}

/**
 * Rows and columns a sheet's XML would make read-excel-file build, read with regular expressions before it
 * parses anything: rows up to the highest row number (or the number of rows, if more), columns up to the
 * highest column of any cell.
 */
export function sheetExtent(xml: string): { rows: number; columns: number } {
  let rows = 0;
  let tags = 0;
  let columns = 0;
  const reference = (tag: string) => /\sr\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
  for (const [tag] of xml.matchAll(/<row\b[^>]*>/g)) {
    tags++;
    const r = reference(tag);
    if (r === undefined) continue;
    if (!/^\d+$/.test(r)) throw new ZipFormatError(`a row numbered "${r.slice(0, 20)}"`);
    rows = Math.max(rows, Number(r));
  }
  for (const [tag] of xml.matchAll(/<c\b[^>]*>/g)) {
    const r = reference(tag);
    if (r === undefined) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(r);
    if (!m) throw new ZipFormatError(`a cell at "${r.slice(0, 20)}"`);
    let column = 0;
    for (const ch of m[1]!) column = column * 26 + ch.charCodeAt(0) - 64;
    columns = Math.max(columns, column);
    rows = Math.max(rows, Number(m[2]));
  }
  return { rows: Math.max(rows, tags), columns };
}

/** Parses one .xlsx file's bytes into sheets of rows, refusing any part or sheet over the limits. */
export async function parseWorkbook(
  fileName: string,
  bytes: Uint8Array,
  limits: Limits = LIMITS,
): Promise<Workbook> {
  const unreadable = (why: string) =>
    new InputError(
      `${fileName}: not a readable .xlsx workbook (${why}); expected the Excel workbook EIA publishes. Hint: download it again from ${EIA_861_URL}; .xls and .csv files are not supported.`,
    );
  let parts: Map<string, Uint8Array>;
  const extents: { where: string; rows: number; columns: number }[] = [];
  try {
    parts = inflateWithinLimits(
      bytes,
      zipEntries(bytes).filter((e) => isXmlPart(e.name)),
      fileName,
      {
        each: limits.partBytes,
        all: limits.partsBytes,
        eachText: 'per XML part of a workbook',
        allText: 'of XML in one workbook',
        what: 'XML parts',
      },
    );
    const names = sheetNames(parts);
    for (const [name, data] of parts) {
      const xml = new TextDecoder().decode(data);
      if (!xml.includes('<sheetData')) continue;
      const sheet = names.get(name);
      extents.push({
        where: sheet ? `${fileName}, sheet "${sheet}"` : `${fileName}, ${name}`,
        ...sheetExtent(xml),
      });
    }
  } catch (e) {
    if (e instanceof ZipFormatError) throw unreadable(e.message);
    throw e;
  }
  for (const { where, rows, columns } of extents) {
    if (rows > limits.sheetRows)
      throw overLimit(where, `${n(rows)} rows`, `${n(limits.sheetRows)} rows per sheet`);
    if (columns > limits.sheetColumns)
      throw overLimit(
        where,
        `${n(columns)} columns`,
        `${n(limits.sheetColumns)} columns per sheet`,
      );
    if (rows * columns > limits.sheetCells)
      throw overLimit(
        where,
        `${n(rows)} rows × ${n(columns)} columns = ${n(rows * columns)} cells`,
        `${n(limits.sheetCells)} cells per sheet`,
      );
  }
  try {
    // read-excel-file gets a stored (uncompressed) zip of exactly the parts measured above: it unzips by
    // streaming through local headers, which need not agree with the central directory checked here.
    const stored = zipSync(Object.fromEntries(parts), { level: 0 });
    const sheets = await readXlsxFile(
      Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength),
    );
    return {
      fileName,
      sheets: sheets.map((s) => ({
        name: s.sheet,
        rows: s.data as Workbook['sheets'][number]['rows'],
      })),
    };
  } catch (e) {
    throw unreadable((e as { code?: string }).code ?? (e as Error).message);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Input

const baseName = (path: string) => path.replace(/\\/g, '/').split('/').pop()!;

/** File names in a folder or a .zip, and a way to read the chosen ones within the limits. */
function openInput(
  input: string,
  limits: Limits,
): { names: string[]; readAll: (chosen: string[]) => Uint8Array[] } {
  let stat;
  try {
    stat = statSync(input);
  } catch {
    throw new InputError(
      `${input}: no such folder or zip file; expected the folder or zip of one EIA-861 year. Hint: download it from ${EIA_861_URL}.`,
    );
  }
  if (stat.isDirectory()) {
    const names = readdirSync(input).sort();
    return {
      names,
      readAll: (chosen) => {
        // Every size is checked before any file is read.
        let total = 0;
        for (const name of chosen) {
          const size = statSync(join(input, name)).size;
          if (size > limits.workbookBytes)
            throw overLimit(
              join(input, name),
              `the file is ${n(size)} bytes`,
              `${n(limits.workbookBytes)} bytes per workbook`,
            );
          total += size;
        }
        if (total > limits.workbooksBytes)
          throw overLimit(
            input,
            `the five workbooks are ${n(total)} bytes in all`,
            `${n(limits.workbooksBytes)} bytes for the five`,
          );
        return chosen.map((name) => readFileSync(join(input, name)));
      },
    };
  }
  if (!/\.zip$/i.test(input)) {
    throw new InputError(
      `${input}: not a folder or a .zip file; expected the folder or zip of one EIA-861 year. Hint: download it from ${EIA_861_URL}.`,
    );
  }
  if (stat.size > limits.zipBytes)
    throw overLimit(input, `the zip file is ${n(stat.size)} bytes`, `${n(limits.zipBytes)} bytes`);
  const unreadable = (why: string) =>
    new InputError(
      `${input}: not a readable zip file (${why}); expected the EIA-861 zip. Hint: download it again from ${EIA_861_URL}.`,
    );
  const bytes = readFileSync(input);
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes).filter((e) => /\.xlsx$/i.test(e.name));
  } catch (e) {
    throw unreadable((e as Error).message);
  }
  return {
    names: entries.map((e) => e.name).sort(),
    readAll: (chosen) => {
      // Only the five workbooks are inflated; EIA's zip holds a dozen others.
      let files: Map<string, Uint8Array>;
      try {
        files = inflateWithinLimits(
          bytes,
          chosen.map((name) => entries.find((e) => e.name === name)!),
          input,
          {
            each: limits.workbookBytes,
            all: limits.workbooksBytes,
            eachText: 'per workbook',
            allText: 'for the five workbooks',
            what: 'workbooks',
          },
        );
      } catch (e) {
        if (e instanceof ZipFormatError) throw unreadable(e.message);
        throw e;
      }
      return chosen.map((name) => files.get(name)!);
    },
  };
}

export interface LoadedInput {
  year: number;
  /** Workbook file names as found (inside a zip, without folders). */
  fileNames: string[];
  records: Eia861Records;
}

export interface LoadOptions {
  /** Lower limits for tests; the defaults are LIMITS. Not a command-line option. */
  limits?: Partial<Limits>;
}

/** Finds, checks and reads the five workbooks. `log` gets one line per step. */
export async function loadEia861(
  input: string,
  log: (line: string) => void = () => {},
  options: LoadOptions = {},
): Promise<LoadedInput> {
  const limits = { ...LIMITS, ...options.limits };
  const { names, readAll } = openInput(input, limits);
  const { year, files } = pickWorkbookFiles(names, input);
  log(`found the five EIA-861 workbooks for ${year} in ${input}`);
  const contents = readAll(WORKBOOK_KINDS.map((k) => files[k]));
  const workbooks = {} as Record<WorkbookKind, Workbook>;
  for (const [i, kind] of WORKBOOK_KINDS.entries()) {
    const name = baseName(files[kind]);
    const started = Date.now();
    workbooks[kind] = await parseWorkbook(name, contents[i]!, limits);
    contents[i] = new Uint8Array();
    log(`parsed ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const records = readEia861(workbooks, year, log);
  return { year, fileNames: WORKBOOK_KINDS.map((k) => workbooks[k].fileName), records };
}
