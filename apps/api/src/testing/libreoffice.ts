import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

// UTF-8, comma, double quote; cells as shown (106余, not 106); every sheet to its own file (…-<sheet>.csv)
const CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
const CSV_IN = 'CSV:44,34,76,1';

/**
 * Real LibreOffice (Debian `libreoffice-calc`) opening our files headless, each run in a profile of its
 * own so parallel runs do not fight over one user installation.
 */
export class LibreOffice {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'soffice-'));
  private readonly profile = pathToFileURL(path.join(this.dir, 'profile')).href;

  /** Writes `bytes` as `name` and converts it with soffice; returns the files it produced, by name. */
  async convert(name: string, bytes: Uint8Array, to: 'csv' | 'pdf' | 'xlsx'): Promise<Map<string, Buffer>> {
    const out = mkdtempSync(path.join(this.dir, 'out-'));
    const input = path.join(this.dir, name);
    writeFileSync(input, bytes);
    const filter = to === 'csv' ? CSV_OUT : to === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf';
    const infilter = name.endsWith('.csv') ? [`--infilter=${CSV_IN}`] : [];
    await run(
      'soffice',
      [
        `-env:UserInstallation=${this.profile}`,
        '--headless',
        ...infilter,
        '--convert-to',
        filter,
        '--outdir',
        out,
        input,
      ],
      { timeout: 90_000 },
    );
    return new Map(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f))]));
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** LibreOffice's CSV (RFC 4180 quoting) as rows of text cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ',' && ch !== '\n' && ch !== '\r')) cell += ch;
    else if (ch === ',') endCell();
    else if (ch === '\n' || text[i + 1] !== '\n') {
      endCell();
      rows.push(row);
      row = [];
    }
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}
