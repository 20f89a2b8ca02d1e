import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The text of a PDF as poppler's `pdftotext -layout` reads it (installed by
 * packages/spreadsheet/ensure-pdf-tools.sh): what a person reading the printout sees, line by line.
 */
export function pdfText(base64: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-'));
  const file = path.join(dir, 'document.pdf');
  try {
    fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What stands after `label` on its line in a table (the value column), or null when no line has it. */
export function valueAfter(text: string, label: string): string | null {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(label));
  return line ? line.trimStart().slice(label.length).trim() : null;
}
