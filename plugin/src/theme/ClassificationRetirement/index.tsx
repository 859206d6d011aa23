import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/ClassificationRetirement';

/**
 * What a retired item says of its end: "Deprecated since 2.19. Will be
 * removed in 3.0. Use new_api instead." In a docs version at or past its
 * removal (or after a removal date): "Removed in 3.0. Use new_api instead."
 */
export default function ClassificationRetirement({levelLabel, since, removal, removed, replacement}: Props): ReactNode {
  const use = replacement && (replacement.href ? <Link to={replacement.href}>{replacement.title}</Link> : <code>{replacement.title}</code>);
  return (
    <p className="classification-retirement">
      {!removed && since && (
        <Translate id="classification.retired.since" description="A retired item's level and since: 'Deprecated since 2.19.'" values={{level: levelLabel, since}}>
          {'{level} since {since}.'}
        </Translate>
      )}
      {removal && (
        <>
          {!removed && since ? ' ' : null}
          {removed ? (
            <Translate id="classification.retired.removed" description="A retired item in a docs version past its removal" values={{removal}}>
              {'Removed in {removal}.'}
            </Translate>
          ) : (
            <Translate id="classification.retired.removal" description="A retired item's announced removal" values={{removal}}>
              {'Will be removed in {removal}.'}
            </Translate>
          )}
        </>
      )}
      {use && (
        <>
          {(!removed && since) || removal ? ' ' : null}
          <Translate id="classification.retired.replacement" description="What to use instead of a retired item" values={{replacement: use}}>
            {'Use {replacement} instead.'}
          </Translate>
        </>
      )}
    </p>
  );
}
