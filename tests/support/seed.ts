/**
 * Reads the ground truth: the seed page (../shared/seed/sdk-classification.rst
 * beside the repository), its level tables and its notes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {repoRoot} from './site.ts';

export const SEED = path.resolve(repoRoot, '../shared/seed/sdk-classification.rst');

/** For tests that compare with the seed: skipped, saying which file is missing, in a clone without shared/. */
export const seedSkip: string | false = fs.existsSync(SEED)
  ? false
  : `the seed page is missing: expected ${SEED} (the shared/ folder beside the checkout)`;

export function readSeed(): string {
  if (!fs.existsSync(SEED)) {
    throw new Error(`The seed page is missing: expected ${SEED} (the shared/ folder beside the checkout).`);
  }
  return fs.readFileSync(SEED, 'utf8');
}

/** Inline reStructuredText as the reader sees it: links and roles become their text. */
export function rstText(text: string): string {
  return text
    .replace(/`([^`<]*?)\s*(<[^>]*>)?`__?/g, '$1')
    .replace(/:(?:ref|func|doc):`([^`<]*?)\s*(<[^>]*>)?`/g, '$1')
    .replace(/\\\*/g, '*')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\\$/, ''); // "\" alone: an empty cell
}

/** The paragraphs of every `.. note::`, in order. */
export function seedNotes(rst: string): string[] {
  const notes: string[] = [];
  const lines = rst.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() !== '.. note::') {
      return;
    }
    const body: string[] = [];
    for (let next = index + 1; next < lines.length; next += 1) {
      const current = lines[next]!;
      if (current.trim() !== '' && !/^\s/.test(current)) {
        break;
      }
      body.push(current);
    }
    notes.push(rstText(body.join(' ')));
  });
  return notes;
}

/** Grid (`+---+`) and simple (`=== ===`) tables, as rows of cell texts. */
export function seedTables(rst: string): string[][][] {
  const tables: string[][][] = [];
  const lines = rst.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.startsWith('+-')) {
      const block: string[] = [];
      while (index < lines.length && /^[+|]/.test(lines[index]!)) {
        block.push(lines[index]!);
        index += 1;
      }
      tables.push(gridTable(block));
    } else if (/^=+( +=+)+$/.test(line)) {
      const block: string[] = [];
      let borders = 0;
      while (index < lines.length && borders < 3) {
        if (/^=+( +=+)+$/.test(lines[index]!)) {
          borders += 1;
        }
        block.push(lines[index]!);
        index += 1;
      }
      tables.push(simpleTable(block));
    }
  }
  return tables;
}

function gridTable(block: string[]): string[][] {
  const columns = [...block[0]!.matchAll(/\+/g)].map((match) => match.index!);
  const rows: string[][] = [];
  let current: string[][] = [];
  for (const line of block.slice(1)) {
    if (line.startsWith('+')) {
      rows.push(current.map((parts) => rstText(parts.join(' '))));
      current = [];
      continue;
    }
    columns.slice(0, -1).forEach((start, column) => {
      (current[column] ??= []).push(line.slice(start + 1, columns[column + 1]));
    });
  }
  return rows;
}

function simpleTable(block: string[]): string[][] {
  const border = block[0]!;
  const starts = [...border.matchAll(/=+/g)].map((match) => match.index!);
  return block
    .filter((line) => !/^=+( +=+)+$/.test(line))
    .map((line) =>
      starts.map((start, column) => rstText(line.slice(start, column + 1 < starts.length ? starts[column + 1] : undefined))),
    );
}
