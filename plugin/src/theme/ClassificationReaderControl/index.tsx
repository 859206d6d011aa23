import React, {useEffect, useId, useState, type ReactNode} from 'react';
import {createPortal} from 'react-dom';
import {translate} from '@docusaurus/Translate';
import {HIDE_ATTRIBUTE} from 'docusaurus-plugin-classification/client';
import type {Props} from '@theme/ClassificationReaderControl';

/** Docusaurus shows the TOC column above 996 px, in this element. */
const DESKTOP = '(min-width: 997px)';
const TOC_COLUMN = '.theme-doc-toc-desktop';

function storageOf(type: Props['storageType']): Storage | undefined {
  try {
    return window[type];
  } catch {
    return undefined; // storage blocked: the choice lasts for the page
  }
}

function apply(hidden: readonly string[]): void {
  if (hidden.length > 0) {
    document.documentElement.setAttribute(HIDE_ATTRIBUTE, hidden.join(' '));
  } else {
    document.documentElement.removeAttribute(HIDE_ATTRIBUTE);
  }
}

/** In the TOC column when the page shows one: a container of our own at its top, else none (render in place). */
function useTocSlot(): HTMLElement | null {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const media = window.matchMedia(DESKTOP);
    let container: HTMLElement | null = null;
    const place = () => {
      const column = media.matches ? document.querySelector(TOC_COLUMN) : null;
      if (container && (!column || !column.contains(container))) {
        container.remove();
        container = null;
      }
      if (column && !container) {
        container = document.createElement('div');
        column.prepend(container);
      }
      setSlot(container);
    };
    // After a resize across the breakpoint, once Docusaurus has shown or removed the column.
    const later = () => window.setTimeout(place, 50);
    place();
    media.addEventListener('change', later);
    return () => {
      media.removeEventListener('change', later);
      container?.remove();
    };
  }, []);
  return slot;
}

export default function ClassificationReaderControl({options, storageKey, storageType}: Props): ReactNode {
  const id = useId();
  // Unknown until the browser reads the storage: the server renders nothing.
  const [hidden, setHidden] = useState<string[] | undefined>(undefined);
  const slot = useTocSlot();
  useEffect(() => {
    const stored = storageOf(storageType)?.getItem(storageKey) ?? document.documentElement.getAttribute(HIDE_ATTRIBUTE) ?? '';
    const chosen = stored.split(' ').filter(Boolean);
    apply(chosen);
    setHidden(chosen);
  }, [storageKey, storageType]);
  if (hidden === undefined) {
    return null;
  }
  const toggle = (phase: string, hide: boolean) => {
    const next = hide ? [...hidden.filter((other) => other !== phase), phase] : hidden.filter((other) => other !== phase);
    setHidden(next);
    apply(next);
    try {
      if (next.length > 0) {
        storageOf(storageType)?.setItem(storageKey, next.join(' '));
      } else {
        storageOf(storageType)?.removeItem(storageKey);
      }
    } catch {
      // Full or blocked storage: the choice holds on this page.
    }
  };
  const control = (
    <div className={`classification-reader classification-reader--${slot ? 'toc' : 'inline'}`} role="group" aria-labelledby={id}>
      <span id={id} className="classification-reader__title">
        {translate({id: 'classification.reader.title', message: 'Classified content', description: 'The reader control: its title'})}
      </span>
      {options.map(({phase, levels}) => (
        <label key={phase} className="classification-reader__option">
          <input type="checkbox" checked={hidden.includes(phase)} onChange={(event) => toggle(phase, event.target.checked)} />
          {phase === 'preview'
            ? translate(
                {id: 'classification.reader.hidePreview', message: 'Hide previews ({levels})', description: 'The reader control: hide the content of preview items'},
                {levels: levels.join(', ')},
              )
            : translate(
                {id: 'classification.reader.hideRetired', message: 'Hide retired items ({levels})', description: 'The reader control: hide the content of retired items'},
                {levels: levels.join(', ')},
              )}
        </label>
      ))}
    </div>
  );
  return slot ? createPortal(control, slot) : control;
}
