/**
 * Level colours: any level gets its tokens and the rules that apply them;
 * a CSS colour becomes a light and a dark pair whose text meets WCAG AA on
 * its background. (The browser tests check the built demo with axe.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {contrast, levelColors, levelStylesheet, normalizeOptions, palettes, parseColor} from '../support/internals.ts';
import {repoRoot} from '../support/site.ts';

const SEED = Number(process.env.FC_SEED ?? 1125);

describe('level colours', () => {
  it('reads hex, rgb() and hsl() colours, and nothing else', () => {
    assert.deepEqual(parseColor('#0b6e99'), [11, 110, 153]);
    assert.deepEqual(parseColor('#fff'), [255, 255, 255]);
    assert.deepEqual(parseColor('rgb(11 110 153)'), [11, 110, 153]);
    assert.deepEqual(parseColor('rgba(11, 110, 153, 0.5)'), [11, 110, 153]);
    assert.deepEqual(parseColor('hsl(0 100% 50%)'), [255, 0, 0]);
    assert.deepEqual(parseColor('hsl(120deg, 100%, 25%)'), [0, 128, 0]);
    for (const text of ['blurple', '#12345', 'url(x)', 'rgb(1,2)', 'var(--x)', '']) {
      assert.equal(parseColor(text), undefined, text);
    }
  });

  it('makes every CSS colour a light and a dark pair that meet AA (4.5:1)', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 0xffffff}), (value) => {
        const color = `#${value.toString(16).padStart(6, '0')}`;
        const {light, dark} = palettes(color);
        for (const pair of [light, dark]) {
          const ratio = contrast(parseColor(pair.fg)!, parseColor(pair.bg)!);
          assert.ok(ratio >= 4.5, `${color}: ${pair.fg} on ${pair.bg} is ${ratio.toFixed(2)}:1`);
        }
        assert.ok(contrast(parseColor(light.bg)!, [255, 255, 255]) < 1.6, 'a light background stays light');
        assert.ok(contrast(parseColor(dark.bg)!, [0, 0, 0]) < 3.5, 'a dark background stays dark');
      }),
      {seed: SEED, numRuns: 500},
    );
  });

  it('gives every level its tokens and rules: built-in palettes, Infima colours, CSS colours, and one by phase otherwise', () => {
    const {levels} = normalizeOptions({
      levels: [
        {id: 'development', label: 'Development', phase: 'preview'},
        {id: 'alpha'},
        {id: 'rc', label: 'Release Candidate', phase: 'preview', color: '#6f42c1'},
        {id: 'stable'},
        {id: 'deprecated'},
        {id: 'unmaintained', label: 'Unmaintained', phase: 'retired'},
      ],
    });
    assert.deepEqual(Object.fromEntries(levelColors(levels)), {
      development: 'info',
      alpha: undefined,
      rc: '#6f42c1',
      stable: undefined,
      deprecated: undefined,
      unmaintained: 'secondary',
    });
    const css = levelStylesheet(levels);
    assert.match(css, /:where\(:root\) \{\n {2}--classification-development-bg: var\(--ifm-color-info-contrast-background\);/);
    assert.match(css, /--classification-rc-bg: #[\da-f]{6};/);
    assert.match(css, /html:where\(\[data-theme='dark'\]\) \{[^}]*\n {2}--classification-rc-bg: #[\da-f]{6};/);
    // An Infima colour is written in the dark block too: over a built-in level's own dark palette.
    assert.match(css, /html:where\(\[data-theme='dark'\]\) \{[^}]*--classification-development-bg: var\(--ifm-color-info-contrast-background\);/);
    assert.doesNotMatch(css, /--classification-alpha-bg:/, 'a built-in palette stays in classification.css');
    for (const level of levels) {
      assert.match(
        css,
        new RegExp(`\\.classification-badge--${level.id},\\n\\.classification-callout--${level.id},\\n\\.classification-banner--${level.id},\\n\\.menu__link\\[data-classification-level='${level.id}'\\] \\{\\n {2}--classification-badge-bg: var\\(--classification-${level.id}-bg\\);`),
        level.id,
      );
    }
  });

  it("a built-in level's colour wins over its own palette: same (no) specificity, written after it", () => {
    const {levels} = normalizeOptions({levels: [{id: 'alpha'}, {id: 'beta', color: 'danger'}, {id: 'stable'}]});
    const css = levelStylesheet(levels);
    assert.match(css, /:where\(:root\) \{\n {2}--classification-beta-bg: var\(--ifm-color-danger-contrast-background\);/);
    assert.match(css, /html:where\(\[data-theme='dark'\]\) \{\n {2}--classification-beta-bg: var\(--ifm-color-danger-contrast-background\);/);
    const builtIn = fs.readFileSync(path.join(repoRoot, 'plugin/src/theme/classification.css'), 'utf8');
    assert.match(builtIn, /:where\(:root\) \{\n {2}--classification-alpha-bg/, 'the built-in palettes have no specificity either');
    assert.match(builtIn, /html:where\(\[data-theme='dark'\]\) \{\n {2}--classification-alpha-bg/);
    assert.doesNotMatch(css, /--classification-alpha-bg:/);
  });
});
