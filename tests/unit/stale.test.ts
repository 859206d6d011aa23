/** Staleness: review dates and maxPreviewAge. */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ageInDays, staleness} from '../support/internals.ts';

describe('staleness', () => {
  it('reads ages in days, weeks, months and years', () => {
    assert.deepEqual(['180d', '26w', '6m', '1y'].map(ageInDays), [180, 182, 180, 365]);
  });

  it('a passed review date makes an item overdue', () => {
    assert.deepEqual(staleness({review: '2026-01-01'}, undefined, '2026-11-25'), {
      by: 'review',
      reason: 'its review date 2026-01-01 has passed',
    });
    assert.equal(staleness({review: '2026-12-01'}, undefined, '2026-11-25'), undefined);
  });

  it('a preview older than maxPreviewAge is overdue; a version since cannot age', () => {
    assert.equal(staleness({since: '2026-06-01'}, '180d', '2026-11-25'), undefined);
    assert.equal(staleness({since: '2026-05-01'}, '180d', '2026-11-25')?.by, 'age');
    assert.equal(staleness({since: '2.18'}, '1d', '2026-11-25'), undefined);
    assert.equal(staleness({since: '2020-01-01'}, undefined, '2026-11-25'), undefined);
  });
});
