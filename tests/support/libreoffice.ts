/**
 * Documents as a secretary prints them: LibreOffice headless turns .docx and
 * .xlsx into PDF, poppler reads each page's text back (and draws PNGs to look
 * at). Debian's packages: libreoffice-writer-nogui, libreoffice-calc-nogui,
 * poppler-utils (.ci/run installs them).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { recordSkipNotice } from './skip-notices';

const run = promisify(execFile);
const TOOLS = ['soffice', 'pdftotext', 'pdftoppm'] as const;

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && fs.existsSync(path.join(dir, tool)));
}

/**
 * `describe` when LibreOffice and poppler are installed. Without them: on CI (env CI set) the block
 * fails; elsewhere it is skipped and the run summary says so loudly.
 */
export function describeWithLibreOffice(title: string, fn: () => void): void {
  const missing = TOOLS.filter((tool) => !onPath(tool));
  if (missing.length === 0) {
    describe(title, fn);
  } else if (process.env.CI) {
    describe(title, () => {
      it('needs LibreOffice and poppler', () => {
        throw new Error(
          `${missing.join(', ')} not found; CI is set, so print-layout tests must run (.ci/run installs them).`,
        );
      });
    });
  } else {
    recordSkipNotice(
      `${missing.join(', ')} not found: print-layout tests (LibreOffice) did NOT run; .ci/run installs them`,
    );
    describe.skip(title, fn);
  }
}

/** Converts files to PDF in one LibreOffice run with a profile of its own (parallel runs never share one). */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-soffice-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 120_000 },
    );
  } finally {
    await fs.promises.rm(profile, { recursive: true, force: true });
  }
  return files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`));
}

/** Each page's text, in order. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
  const pages = stdout.split('\f');
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
}

/** PNGs of every page (`<prefix>-<n>.png`), to look at. */
export async function drawPages(pdf: string, prefix: string, dpi = 60): Promise<void> {
  await run('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix]);
}
