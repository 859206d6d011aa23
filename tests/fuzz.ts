/**
 * `npm run fuzz -- --runs 20000 [--seed N]`: the property tests of
 * tests/unit/property.test.ts with many more cases. A failure is shrunk and
 * written to tests/fixtures/property/, which `npm test` replays for good.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import fc from 'fast-check';
import {doc, foreignDoc, nearMissDoc, type Doc} from './support/arbitrary.ts';
import {checkAgreement, checkPassedOver, checkUntouched, FIXTURES} from './support/agreement.ts';
import {checkReleaseOutputs, hostileReleases} from './support/release-outputs.ts';
import {loadTheme} from './support/theme.ts';

const {values} = parseArgs({options: {runs: {type: 'string', default: '20000'}, seed: {type: 'string'}}});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

async function run(name: string, arbitrary: fc.Arbitrary<Doc>, check: (doc: Doc) => Promise<void>, numRuns: number) {
  const started = performance.now();
  const result = await fc.check(fc.asyncProperty(arbitrary, check), {numRuns, seed});
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!result.failed) {
    console.log(`${name}: ${result.numRuns} cases passed in ${seconds} s (seed ${seed})`);
    return true;
  }
  const [counterexample] = result.counterexample as [Doc];
  const file = path.join(
    FIXTURES,
    `${name}-${createHash('sha1').update(counterexample.content).digest('hex').slice(0, 8)}${path.extname(counterexample.filePath)}`,
  );
  fs.mkdirSync(FIXTURES, {recursive: true});
  fs.writeFileSync(file, counterexample.content);
  console.error(`${name}: failed after ${result.numRuns} cases (seed ${seed}), shrunk ${result.numShrinks} times.`);
  console.error(`Counterexample kept in ${path.relative(process.cwd(), file)}:\n${counterexample.content}`);
  console.error(String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance));
  return false;
}

/** The release view's outputs under hostile text: a failure prints its releases as JSON, to replay in a test. */
async function releaseOutputs(numRuns: number): Promise<boolean> {
  const theme = await loadTheme();
  const result = fc.check(fc.property(hostileReleases, (releases) => checkReleaseOutputs(theme, releases)), {numRuns, seed});
  if (!result.failed) {
    console.log(`release-outputs: ${result.numRuns} cases passed (seed ${seed})`);
    return true;
  }
  console.error(`release-outputs: failed after ${result.numRuns} cases (seed ${seed}), shrunk ${result.numShrinks} times:\n${JSON.stringify(result.counterexample)}`);
  console.error(String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance));
  return false;
}

const ok =
  (await run('agreement', doc, checkAgreement, runs)) &&
  (await run('untouched', foreignDoc, checkUntouched, Math.ceil(runs / 4))) &&
  (await run('passed-over', fc.oneof(doc, foreignDoc, nearMissDoc), passedOver, runs)) &&
  (await releaseOutputs(runs));
console.log(ok ? `${3 * runs + Math.ceil(runs / 4)} cases, 0 failed` : 'fuzz found a failure');

/** The quick check's property in both formats. */
async function passedOver(page: Doc): Promise<void> {
  await checkPassedOver(page, 'md');
  await checkPassedOver(page, 'mdx');
}
process.exit(ok ? 0 : 1);
