/** Built-in translations: complete for every locale, applied only to untouched defaults. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {
  builtInTranslations as builtIn,
  DEFAULT_KINDS,
  DEFAULT_LEVELS,
  PHASE_DEFAULTS,
  DEFAULT_OPTIONS,
  NEW_LABEL,
  translateClassification as translateContent,
} from '../support/internals.ts';

const pluginDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../plugin');
const LOCALES = ['fr', 'de', 'es', 'ja', 'ko', 'zh-Hans'];

/** Every `translate({id: 'classification.…'})` of the theme sources. */
function codeIds(): string[] {
  const dir = path.join(pluginDir, 'src/theme');
  const ids = new Set<string>();
  for (const file of fs.readdirSync(dir, {recursive: true, encoding: 'utf8'})) {
    if (/\.tsx?$/.test(file)) {
      for (const match of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/id(?:: '|=")(classification\.[\w.]+)['"]/g)) {
        ids.add(match[1]!);
      }
    }
  }
  return [...ids].sort();
}

function defaultTexts(): string[] {
  const texts = new Set<string>([DEFAULT_OPTIONS.indexTitle, NEW_LABEL]);
  for (const level of DEFAULT_LEVELS) {
    texts.add(level.label);
    if (typeof level.notice === 'string') {
      texts.add(level.notice);
    }
  }
  // What a retired level says when the site gives it no notice of its own.
  texts.add(PHASE_DEFAULTS.retired.notice as string);
  for (const kind of DEFAULT_KINDS) {
    [kind.label, kind.plural, kind.disclaimer, ...kind.table.columns, ...Object.values(kind.table.rows).flat(), ...kind.table.footnotes]
      .filter(Boolean)
      .forEach((text) => texts.add(text));
  }
  return [...texts].sort();
}

const content = {taxonomy: {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS}, indexTitle: DEFAULT_OPTIONS.indexTitle, newLabel: NEW_LABEL};

describe('translations', () => {
  for (const locale of LOCALES) {
    it(`${locale} translates every theme string and every default text`, () => {
      const messages = builtIn(locale)!;
      assert.deepEqual(Object.keys(messages.code).sort(), codeIds());
      assert.deepEqual(Object.keys(messages.options).sort(), defaultTexts());
      for (const [key, value] of Object.entries(messages.code)) {
        const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        assert.ok(value.trim(), `${locale} ${key} is empty`);
        assert.ok(placeholders(value).every((name) => /^(since|level|kind|kinds|title|levels|others|shown|total|date|removal|replacement|label|previous|scope)$/.test(name!)), `${locale} ${key}`);
      }
    });
  }

  it('picks a locale by region and by script', () => {
    assert.equal(builtIn('fr-CA')!.options.Beta, 'Bêta');
    assert.equal(builtIn('zh-CN')!.options.Stable, '稳定');
    assert.equal(builtIn('pt-BR'), undefined);
  });

  it('uses the site translation first, then the built-in one for untouched defaults', () => {
    const translated = translateContent(
      content,
      [{path: 'options', content: {'level.beta.label': {message: 'Bêta (site)'}, 'level.alpha.label': {message: 'Alpha'}}}],
      'fr',
    );
    assert.equal(translated.taxonomy.levels.find((level) => level.id === 'beta')!.label, 'Bêta (site)');
    assert.equal(translated.indexTitle, 'Index de classification');
    assert.equal(translated.newLabel, 'Nouveau');
    assert.equal(translated.taxonomy.kinds[0]!.table.columns[0], 'Contrat d’API');
  });

  it('leaves a text the site changed in English when it has no translation', () => {
    const custom = {...content, taxonomy: {...content.taxonomy, kinds: [{...DEFAULT_KINDS[0]!, disclaimer: 'Our own wording.'}]}};
    assert.equal(translateContent(custom, [], 'fr').taxonomy.kinds[0]!.disclaimer, 'Our own wording.');
  });
});
