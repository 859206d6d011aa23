/**
 * The stylesheets the plugin writes into the site's generated files: each
 * level's colour tokens and rules (any level a site adds gets colours too),
 * and what the reader control hides.
 */
import {HIDE_ATTRIBUTE, HIDES_ATTRIBUTE, REVEALED_ATTRIBUTE} from '../model/names';
import {INFIMA_COLORS, levelColors, palettes} from '../model/colors';
import {HIDEABLE_PHASES, type Level} from '../model/taxonomy';
import {generatedFile, writeIfChanged} from './files';

/** The stylesheet for every level: its tokens (unless a built-in palette holds them) and the rules that use them. */
export function levelStylesheet(levels: readonly Level[]): string {
  const light: string[] = [];
  const dark: string[] = [];
  const rules: string[] = [];
  for (const [id, color] of levelColors(levels)) {
    const token = (part: string) => `--classification-${id}-${part}`;
    if (color && (INFIMA_COLORS as readonly string[]).includes(color)) {
      // Infima's contrast pairs swap in its dark theme by themselves; written in the dark block too,
      // over a built-in level's own dark palette.
      const infima = [`${token('bg')}: var(--ifm-color-${color}-contrast-background);`, `${token('fg')}: var(--ifm-color-${color}-contrast-foreground);`, `${token('accent')}: var(--ifm-color-${color});`];
      light.push(...infima);
      dark.push(...infima);
    } else if (color) {
      const both = palettes(color);
      light.push(`${token('bg')}: ${both.light.bg};`, `${token('fg')}: ${both.light.fg};`, `${token('accent')}: ${both.light.accent};`);
      dark.push(`${token('bg')}: ${both.dark.bg};`, `${token('fg')}: ${both.dark.fg};`, `${token('accent')}: ${both.dark.accent};`);
    }
    rules.push(
      `.classification-badge--${id},\n.classification-callout--${id},\n.classification-banner--${id},\n.menu__link[data-classification-level='${id}'] {\n  --classification-badge-bg: var(${token('bg')});\n  --classification-badge-fg: var(${token('fg')});\n  --classification-level-accent: var(${token('accent')});\n}`,
    );
  }
  const block = (selector: string, lines: string[]) => (lines.length > 0 ? [`${selector} {\n  ${lines.join('\n  ')}\n}`] : []);
  // No more specificity than classification.css's built-in palettes, and after them: a level's `color` wins over
  // its built-in palette, and a site's own `:root` or `[data-theme='dark']` tokens win over both.
  return [...block(':where(:root)', light), ...block("html:where([data-theme='dark'])", dark), ...rules].join('\n\n') + '\n';
}

/** Writes an instance's stylesheet into the site's generated files (unchanged, the file is left alone) and returns its path. */
export function writeLevelStylesheet(generatedFilesDir: string, pluginId: string, levels: readonly Level[]): string {
  const file = generatedFile(generatedFilesDir, pluginId, 'levels.css');
  writeIfChanged(file, levelStylesheet(levels));
  return file;
}

/**
 * What hides: for each hideable phase the reader lists on `<html>`, the
 * content marked with it, unless it holds the URL's target (revealed: every
 * index anchor lands); a callout whose body hides keeps its header alone.
 */
export function readerStylesheet(): string {
  return HIDEABLE_PHASES.map((phase) => {
    const hidden = `html[${HIDE_ATTRIBUTE}~='${phase}']`;
    const marked = `[${HIDES_ATTRIBUTE}~='${phase}']:not([${REVEALED_ATTRIBUTE}])`;
    return `${hidden} ${marked} {\n  display: none;\n}\n\n${hidden} .classification-callout:has(> ${marked}) > .classification-callout__header {\n  margin-block-end: 0;\n}\n`;
  }).join('\n');
}

/** Writes the site's reader stylesheet into its generated files (the same for every instance) and returns its path. */
export function writeReaderStylesheet(generatedFilesDir: string): string {
  const file = generatedFile(generatedFilesDir, 'reader.css');
  writeIfChanged(file, readerStylesheet());
  return file;
}
