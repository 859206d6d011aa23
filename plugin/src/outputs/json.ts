/** `<outDir>/classification.json`: every item of the index, as the schema writes an entry. */
import fs from 'node:fs/promises';
import path from 'node:path';
import {jsonEntry} from '../model/schema';
import type {Snapshot} from '../site/snapshot';

export function classificationJson({entries}: Snapshot): string {
  return `${JSON.stringify(entries.map(jsonEntry), null, 2)}\n`;
}

export async function writeClassificationJson(outDir: string, outputFile: string, snapshot: Snapshot): Promise<void> {
  const file = path.join(outDir, outputFile);
  await fs.mkdir(path.dirname(file), {recursive: true});
  await fs.writeFile(file, classificationJson(snapshot));
}
