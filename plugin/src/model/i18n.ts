/**
 * Translation of the taxonomy and the theme strings.
 *
 * - Theme strings go through `translate()`; getDefaultCodeTranslationMessages()
 *   supplies the built-in translations (locales/<locale>.json, "code").
 * - Option texts (labels, disclaimers, table texts, the index title) are
 *   this plugin's "content": `write-translations` writes them to
 *   i18n/<locale>/docusaurus-plugin-classification/options.json. A text the
 *   site left in English and that is one of the defaults gets the built-in
 *   translation ("options", keyed by the English text).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Taxonomy} from './taxonomy';
import type {TranslationFile} from '@docusaurus/types';

export interface ClassificationContent {
  taxonomy: Taxonomy;
  indexTitle: string;
  /** The marker of an item whose level is recent (`newFor`). */
  newLabel: string;
}

interface BuiltIn {
  code: Record<string, string>;
  options: Record<string, string>;
}

const LOCALES_DIR = path.resolve(__dirname, '../../locales');

/** Built-in translations for a locale: exact match, else its language. */
export function builtIn(locale: string): BuiltIn | undefined {
  const available = fs.existsSync(LOCALES_DIR)
    ? fs.readdirSync(LOCALES_DIR).map((file) => path.basename(file, '.json'))
    : [];
  const language = locale.split('-')[0]!.toLowerCase();
  const match =
    available.find((name) => name.toLowerCase() === locale.toLowerCase()) ??
    (locale.toLowerCase().startsWith('zh') ? available.find((name) => name === 'zh-Hans') : undefined) ??
    available.find((name) => name.toLowerCase() === language);
  return match ? (JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, `${match}.json`), 'utf8')) as BuiltIn) : undefined;
}

/** Every translatable option text, by a stable message id. */
function messages(content: ClassificationContent): Map<string, string> {
  const entries = new Map<string, string>([
    ['index.title', content.indexTitle],
    ['new.label', content.newLabel],
  ]);
  for (const level of content.taxonomy.levels) {
    entries.set(`level.${level.id}.label`, level.label);
    if (typeof level.notice === 'string') {
      entries.set(`level.${level.id}.notice`, level.notice);
    }
  }
  for (const kind of content.taxonomy.kinds) {
    const prefix = `kind.${kind.id}`;
    entries.set(`${prefix}.label`, kind.label);
    entries.set(`${prefix}.plural`, kind.plural);
    entries.set(`${prefix}.disclaimer`, kind.disclaimer);
    for (const [level, notice] of Object.entries(kind.notices)) {
      entries.set(`${prefix}.notice.${level}`, notice);
    }
    kind.table.columns.forEach((column, index) => entries.set(`${prefix}.table.column.${index}`, column));
    for (const [level, cells] of Object.entries(kind.table.rows)) {
      cells.forEach((cell, index) => entries.set(`${prefix}.table.row.${level}.${index}`, cell));
    }
    kind.table.footnotes.forEach((footnote, index) => entries.set(`${prefix}.table.footnote.${index}`, footnote));
  }
  return entries;
}

export function translationFiles(content: ClassificationContent): TranslationFile[] {
  return [
    {
      path: 'options',
      content: Object.fromEntries(
        [...messages(content)].map(([id, message]) => [
          id,
          {message, description: `docusaurus-plugin-classification option text (${id}); Markdown`},
        ]),
      ),
    },
  ];
}

/**
 * The content in the site's locale: the site's own translation when it
 * differs from the English text, else the built-in one, else the English.
 */
export function translateContent(
  content: ClassificationContent,
  files: TranslationFile[],
  locale: string,
): ClassificationContent {
  const site = files.find((file) => file.path === 'options')?.content ?? {};
  const builtInOptions = builtIn(locale)?.options ?? {};
  const text = (id: string, english: string): string => {
    const translated = site[id]?.message;
    if (translated !== undefined && translated !== english) {
      return translated;
    }
    return builtInOptions[english] ?? english;
  };
  const {taxonomy} = content;
  return {
    indexTitle: text('index.title', content.indexTitle),
    newLabel: text('new.label', content.newLabel),
    taxonomy: {
      levels: taxonomy.levels.map((level) => ({
        ...level,
        label: text(`level.${level.id}.label`, level.label),
        notice: typeof level.notice === 'string' ? text(`level.${level.id}.notice`, level.notice) : level.notice,
      })),
      kinds: taxonomy.kinds.map((kind) => {
        const prefix = `kind.${kind.id}`;
        return {
          ...kind,
          label: text(`${prefix}.label`, kind.label),
          plural: text(`${prefix}.plural`, kind.plural),
          disclaimer: text(`${prefix}.disclaimer`, kind.disclaimer),
          notices: Object.fromEntries(Object.entries(kind.notices).map(([level, notice]) => [level, text(`${prefix}.notice.${level}`, notice)])),
          table: {
            columns: kind.table.columns.map((column, index) => text(`${prefix}.table.column.${index}`, column)),
            rows: Object.fromEntries(
              Object.entries(kind.table.rows).map(([level, cells]) => [
                level,
                cells.map((cell, index) => text(`${prefix}.table.row.${level}.${index}`, cell)),
              ]),
            ),
            footnotes: kind.table.footnotes.map((footnote, index) => text(`${prefix}.table.footnote.${index}`, footnote)),
          },
        };
      }),
    },
  };
}
