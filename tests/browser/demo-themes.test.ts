/**
 * The demo site in both themes and in French: axe finds no violation, every
 * level has its own colour, and the French build is translated.
 */
import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import type {Browser} from 'playwright';
import {AxeBuilder} from '@axe-core/playwright';
import {callout as findCallout} from '../support/items.ts';
import {normalize, useDemo, type Demo} from '../support/demo.ts';

describe('demo site in Chromium: themes and French', () => {
  const demo = useDemo();
  let server: Demo['server'];
  let browser: Browser;
  before(() => {
    ({server, browser} = demo);
  });
  const open = (pathname: string) => demo.open(pathname);

  for (const theme of ['light', 'dark'] as const) {
    it(`axe finds no violation in the ${theme} theme`, async () => {
      const context = await browser.newContext();
      await context.addInitScript((value) => window.localStorage.setItem('theme', value), theme);
      const violations: string[] = [];
      for (const pathname of ['/classification', '/sdk-classification', '/apis/torch-neuron', '/packages/neuronx-distributed', '/models/model-classes', '/spec/conventions', '/spec/status', '/spec/', '/classification/changes']) {
        const page = await context.newPage();
        await page.goto(server.url + pathname);
        await page.waitForSelector('html[data-has-hydrated="true"]');
        assert.equal(await page.locator('html').getAttribute('data-theme'), theme);
        const results = await new AxeBuilder({page}).analyze();
        for (const violation of results.violations) {
          for (const node of violation.nodes) {
            violations.push(`${pathname}: ${violation.id}: ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1] ?? ''}`);
          }
        }
        await page.close();
      }
      await context.close();
      assert.deepEqual(violations, []);
    });
  }


  for (const theme of ['light', 'dark'] as const) {
    it(`every level has its own colour in the ${theme} theme, custom levels included`, async () => {
      const context = await browser.newContext();
      await context.addInitScript((value) => window.localStorage.setItem('theme', value), theme);
      const page = await context.newPage();
      await page.goto(`${server.url}/spec/conventions`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const colours = await page.locator('section[data-classification-level] .classification-callout__header .classification-badge').evaluateAll((badges) =>
        badges.map((badge) => [badge.getAttribute('data-classification-level'), getComputedStyle(badge).backgroundColor, getComputedStyle(badge).color]),
      );
      const byLevel = new Map(colours.map(([level, background, text]) => [level, `${background} ${text}`]));
      assert.deepEqual([...byLevel.keys()], ['development', 'alpha', 'beta', 'rc', 'stable', 'deprecated', 'unmaintained']);
      assert.equal(new Set(byLevel.values()).size, 7, [...byLevel].join('\n'));
      // The development level's colour is the one its option gives, through its generated token.
      const token = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--classification-development-accent').trim());
      assert.equal(token, '#7b3fbf');
      await context.close();
    });
  }


  it('the French locale shows translated labels, disclaimers, tables and index', async () => {
    const {page, errors} = await open('/fr/sdk-classification');
    assert.equal(await page.getByRole('heading', {level: 1}).innerText(), 'Classification des logiciels Neuron');
    const api = page.locator('.classification-table[data-classification-kind="api"]');
    assert.deepEqual(await api.locator('thead th').allInnerTexts(), ['Contrat d’API', 'Rétrocompatibilité de l’API']);
    assert.deepEqual(await api.locator('tbody th').allInnerTexts(), ['Alpha', 'Bêta', 'Stable']);
    // The site's own (AWS) wording, translated in site/i18n/fr/docusaurus-plugin-classification/options.json.
    assert.match(normalize(await api.locator('.classification-disclaimer').innerText()), /Les API classées Alpha et Bêta sont des API en version Developer Preview \(voir la politique AWS SDK\)/);
    assert.match(await api.locator('p').last().innerText(), /^\*Si une nouvelle version Neuron/);
    // A built-in translation: the package table's cells are defaults.
    assert.ok(await page.locator('.classification-table[data-classification-kind="package"] td', {hasText: 'Produit minimum viable (MVP)*'}).isVisible());
    await page.goto(`${server.url}/fr/apis/torch-neuron`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const callout = findCallout(page, 'torch_neuron.dynamic_batch');
    assert.match(normalize(await callout.innerText()), /^Bêta Nouveau torch_neuron\.dynamic_batch API /);
    assert.match(await callout.innerText(), /version Developer Preview/);
    assert.equal(await page.getByRole('heading', {level: 2, name: 'torch_neuron.trace Bêta'}).count(), 1);
    await page.goto(`${server.url}/fr/classification`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await page.getByRole('heading', {level: 1}).innerText(), 'Index de classification');
    assert.equal(await page.getByRole('heading', {level: 3, name: 'Packages / bibliothèques Bêta'}).count(), 1);
    assert.ok(await page.getByRole('combobox', {name: 'Type'}).isVisible());
    assert.deepEqual(errors, []);
    await page.close();
  });
});
