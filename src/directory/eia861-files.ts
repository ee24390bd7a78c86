/**
 * The file side of the EIA-861 import: find the five workbooks in a folder or a zip, parse them with
 * read-excel-file, and hand plain rows to the pure logic in eia861.ts. Every failure is an InputError.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
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

/** Parses one .xlsx file's bytes into sheets of rows. */
export async function parseWorkbook(fileName: string, bytes: Uint8Array): Promise<Workbook> {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sheets = await readXlsxFile(buffer);
    return {
      fileName,
      sheets: sheets.map((s) => ({
        name: s.sheet,
        rows: s.data as Workbook['sheets'][number]['rows'],
      })),
    };
  } catch (e) {
    const why = (e as { code?: string }).code ?? (e as Error).message;
    throw new InputError(
      `${fileName}: not a readable .xlsx workbook (${why}); expected the Excel workbook EIA publishes. Hint: download it again from ${EIA_861_URL}; .xls and .csv files are not supported.`,
    );
  }
}

/** File names and a way to read each, from a folder or a .zip. */
function openInput(input: string): { names: string[]; read: (name: string) => Uint8Array } {
  let isDir: boolean;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    throw new InputError(
      `${input}: no such folder or zip file; expected the folder or zip of one EIA-861 year. Hint: download it from ${EIA_861_URL}.`,
    );
  }
  if (isDir) {
    const names = readdirSync(input).sort();
    return { names, read: (name) => readFileSync(join(input, name)) };
  }
  if (!/\.zip$/i.test(input)) {
    throw new InputError(
      `${input}: not a folder or a .zip file; expected the folder or zip of one EIA-861 year. Hint: download it from ${EIA_861_URL}.`,
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    // Only the five workbooks are inflated; EIA's zip holds a dozen others.
    files = unzipSync(readFileSync(input), { filter: (f) => /\.xlsx$/i.test(f.name) });
  } catch (e) {
    throw new InputError(
      `${input}: not a readable zip file (${(e as Error).message}); expected the EIA-861 zip. Hint: download it again from ${EIA_861_URL}.`,
    );
  }
  return { names: Object.keys(files).sort(), read: (name) => files[name]! };
}

export interface LoadedInput {
  year: number;
  /** Workbook file names as found (inside a zip, without folders). */
  fileNames: string[];
  records: Eia861Records;
}

/** Finds, checks and reads the five workbooks. `log` gets one line per step. */
export async function loadEia861(
  input: string,
  log: (line: string) => void = () => {},
): Promise<LoadedInput> {
  const { names, read } = openInput(input);
  const { year, files } = pickWorkbookFiles(names, input);
  log(`found the five EIA-861 workbooks for ${year} in ${input}`);
  const workbooks = {} as Record<WorkbookKind, Workbook>;
  for (const kind of WORKBOOK_KINDS) {
    const name = files[kind].replace(/\\/g, '/').split('/').pop()!;
    const started = Date.now();
    workbooks[kind] = await parseWorkbook(name, read(files[kind]));
    log(`parsed ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const records = readEia861(workbooks, year, log);
  return { year, fileNames: WORKBOOK_KINDS.map((k) => workbooks[k].fileName), records };
}
