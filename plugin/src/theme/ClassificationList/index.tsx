import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import ClassificationEntries from '@theme/ClassificationEntries';
import type {Props} from '@theme/ClassificationList';

/** `::classification-list`: the index, or a slice of it, inside any page. */
export default function ClassificationList({entries, kind, levels, kinds, built, newLabel}: Props): ReactNode {
  if (!built) {
    return (
      <p className="classification-list">
        {translate({
          id: 'classification.list.unavailable',
          message: 'This list is filled by the docusaurus-plugin-classification plugin, which is not enabled.',
        })}
      </p>
    );
  }
  if (entries.length === 0) {
    return (
      <p className="classification-list">
        {translate({id: 'classification.list.empty', message: 'No classified items.'})}
      </p>
    );
  }
  const groups = kind === undefined ? kinds : kinds.filter((candidate) => candidate.id === kind);
  return (
    <div className="classification-list">
      {groups.map((group) => {
        const inGroup = entries.filter((entry) => entry.kind === group.id);
        if (inGroup.length === 0) {
          return null;
        }
        return (
          <div key={group.id} data-classification-kind={group.id}>
            {groups.length > 1 && (
              <p>
                <strong>{group.plural}</strong>
              </p>
            )}
            <ClassificationEntries entries={inGroup} levels={levels} newLabel={newLabel} />
          </div>
        );
      })}
    </div>
  );
}
