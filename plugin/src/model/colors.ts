/**
 * Level colours: an Infima colour name or a CSS colour becomes the level's
 * `--classification-<level>-bg/-fg/-accent` tokens, light and dark. Badge
 * text on its background meets WCAG AA (4.5:1) in both themes: Infima's
 * contrast pairs do, and a CSS colour's pair is computed until it does.
 */
import type {Level, Phase} from './taxonomy';

export const INFIMA_COLORS = ['primary', 'secondary', 'success', 'info', 'warning', 'danger'] as const;

/** Colours of levels with none of their own and no palette of the plugin's, by phase, in turn. */
const BY_PHASE: Record<Phase, readonly string[]> = {
  preview: ['info', 'primary', 'warning', 'danger'],
  stable: ['success'],
  retired: ['secondary', 'danger'],
};

/** Levels whose palette classification.css holds, hand-tuned. */
export const BUILT_IN_PALETTES: ReadonlySet<string> = new Set(['alpha', 'beta', 'stable', 'deprecated']);

type Rgb = [number, number, number];

export interface Palette {
  bg: string;
  fg: string;
  accent: string;
}

function hex(text: string): Rgb | undefined {
  const match = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(text);
  if (!match) {
    return undefined;
  }
  const digits = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as Rgb;
}

function functional(text: string): Rgb | undefined {
  const match = /^(rgb|hsl)a?\(\s*([\d.]+)(?:deg)?[\s,]+([\d.]+)(%?)[\s,]+([\d.]+)(%?)\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/i.exec(text);
  if (!match) {
    return undefined;
  }
  const [a, b, c] = [Number(match[2]), Number(match[3]), Number(match[5])];
  if (match[1]!.toLowerCase() === 'rgb') {
    return [a, b, c].map((value) => Math.min(255, Math.round(value))) as Rgb;
  }
  // HSL → RGB (CSS Color 4).
  const [s, l] = [Math.min(b, 100) / 100, Math.min(c, 100) / 100];
  const f = (n: number) => {
    const k = (n + a / 30) % 12;
    return Math.round(255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** The colour as RGB, if it is one the plugin reads: `#rgb`, `#rrggbb`, `rgb()`, `hsl()`. */
export function parseColor(text: string): Rgb | undefined {
  const trimmed = text.trim();
  return hex(trimmed) ?? functional(trimmed);
}

/** Whether `color` is a value the `color` option takes. */
export function isLevelColor(color: string): boolean {
  return (INFIMA_COLORS as readonly string[]).includes(color) || parseColor(color) !== undefined;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function mix(color: Rgb, toward: Rgb, amount: number): Rgb {
  return color.map((value, index) => Math.round(value + (toward[index]! - value) * amount)) as Rgb;
}

function css([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** A background near the page's, and text of the colour's hue, darkened or lightened to AA against it. */
function pair(color: Rgb, page: Rgb, text: Rgb, background: number): Palette {
  const bg = mix(color, page, background);
  let fg = color;
  for (let step = 1; contrast(fg, bg) < 4.5 && step <= 20; step += 1) {
    fg = mix(color, text, step / 20);
  }
  return {bg: css(bg), fg: css(fg), accent: css(color)};
}

/** The light and dark palettes of a CSS colour. */
export function palettes(color: string): {light: Palette; dark: Palette} {
  const rgb = parseColor(color);
  if (!rgb) {
    throw new Error(`not a colour: ${color}`);
  }
  return {light: pair(rgb, WHITE, BLACK, 0.85), dark: pair(rgb, BLACK, WHITE, 0.72)};
}

/** The colour a level shows: its own, a built-in palette (undefined), or one by phase. */
export function levelColors(levels: readonly Level[]): Map<string, string | undefined> {
  const used = new Map<Phase, number>();
  return new Map(
    levels.map((level) => {
      if (level.color !== undefined || BUILT_IN_PALETTES.has(level.id)) {
        return [level.id, level.color];
      }
      const turn = used.get(level.phase) ?? 0;
      used.set(level.phase, turn + 1);
      const choices = BY_PHASE[level.phase];
      return [level.id, choices[turn % choices.length]];
    }),
  );
}
