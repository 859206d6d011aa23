import React, {useEffect, useId, useState, useSyncExternalStore, type ReactNode} from 'react';
import {createPortal} from 'react-dom';
import {translate} from '@docusaurus/Translate';
import {forgetRevealed, HIDE_ATTRIBUTE, useRevealHashTarget} from 'docusaurus-plugin-classification/client';
import type {HideablePhase} from 'docusaurus-plugin-classification';
import type {Props} from '@theme/ClassificationReaderControl';

/** Docusaurus shows a doc's TOC column above 996 px, in this element. */
const DESKTOP = '(min-width: 997px)';
const TOC_COLUMN = '.theme-doc-toc-desktop';

/**
 * One control shows per page, whatever renders one (a page and the partials
 * it includes, the posts of a blog list): the first mounted, offering every
 * phase any of them offers. What is hidden lives on `<html>` (where the
 * plugin's inline script puts the stored choice before the first paint), so
 * every copy reads the same.
 */
interface Mounted {
  token: symbol;
  options: Props['options'];
}
let mounted: readonly Mounted[] = [];
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const hiddenNow = () => document.documentElement.getAttribute(HIDE_ATTRIBUTE) ?? '';

function storageOf(type: Props['storageType']): Storage | undefined {
  try {
    return window[type];
  } catch {
    return undefined; // storage blocked: the choice lasts for the page
  }
}

function setHidden(phases: readonly string[], {storageKey, storageType}: Pick<Props, 'storageKey' | 'storageType'>): void {
  forgetRevealed();
  if (phases.length > 0) {
    document.documentElement.setAttribute(HIDE_ATTRIBUTE, phases.join(' '));
  } else {
    document.documentElement.removeAttribute(HIDE_ATTRIBUTE);
  }
  try {
    if (phases.length > 0) {
      storageOf(storageType)?.setItem(storageKey, phases.join(' '));
    } else {
      storageOf(storageType)?.removeItem(storageKey);
    }
  } catch {
    // Full or blocked storage: the choice holds on this page.
  }
  notify();
}

/** At the top of the TOC column when the page shows one: a container of our own there; else none (render in place). */
function useTocSlot(): HTMLElement | null {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const media = window.matchMedia(DESKTOP);
    let container: HTMLElement | null = null;
    let timer: number | undefined;
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
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(place, 50);
    };
    place();
    media.addEventListener('change', later);
    return () => {
      media.removeEventListener('change', later);
      window.clearTimeout(timer);
      container?.remove();
    };
  }, []);
  return slot;
}

export default function ClassificationReaderControl({options, storageKey, storageType}: Props): ReactNode {
  const id = useId();
  const [token] = useState(() => Symbol('reader control'));
  // An anchor into what hides still lands: the content around the URL's target shows.
  useRevealHashTarget();
  useEffect(() => {
    if (mounted.length === 0 && !document.documentElement.hasAttribute(HIDE_ATTRIBUTE)) {
      // Without the inline script (a page rendered without the plugin's head tags): the stored choice.
      const stored = storageOf(storageType)?.getItem(storageKey);
      if (stored) {
        document.documentElement.setAttribute(HIDE_ATTRIBUTE, stored);
      }
    }
    mounted = [...mounted, {token, options: []}];
    return () => {
      mounted = mounted.filter((entry) => entry.token !== token);
      notify();
    };
  }, [token, storageKey, storageType]);
  // The options in place, compared by value: a new render does not move the control behind another.
  const optionsKey = JSON.stringify(options);
  useEffect(() => {
    mounted = mounted.map((entry) => (entry.token === token ? {token, options} : entry));
    notify();
  }, [token, optionsKey]);
  // The server, and hydration, render nothing: the control needs the browser's storage.
  const first = useSyncExternalStore(subscribe, () => mounted[0]?.token === token, () => false);
  const hidden = useSyncExternalStore(subscribe, hiddenNow, () => '');
  const slot = useTocSlot();
  if (!first) {
    return null;
  }
  const phases = hidden.split(' ').filter(Boolean);
  // Every phase any control of the page offers, in lifecycle order.
  const offered = new Map<HideablePhase, readonly string[]>();
  for (const option of mounted.flatMap((entry) => entry.options)) {
    offered.set(option.phase, offered.get(option.phase) ?? option.levels);
  }
  const labels: Record<HideablePhase, (levels: string) => string> = {
    preview: (levels) =>
      translate({id: 'classification.reader.hidePreview', message: 'Hide previews ({levels})', description: 'The reader control: hide the content of preview items'}, {levels}),
    retired: (levels) =>
      translate({id: 'classification.reader.hideRetired', message: 'Hide retired items ({levels})', description: 'The reader control: hide the content of retired items'}, {levels}),
  };
  const toggle = (phase: HideablePhase, hide: boolean) => {
    const current = hiddenNow().split(' ').filter((other) => other && other !== phase);
    setHidden(hide ? [...current, phase] : current, {storageKey, storageType});
  };
  const control = (
    <div className={`classification-reader classification-reader--${slot ? 'toc' : 'inline'}`} role="group" aria-labelledby={id}>
      <span id={id} className="classification-reader__title">
        {translate({id: 'classification.reader.title', message: 'Classified content', description: 'The reader control: its title'})}
      </span>
      {(Object.keys(labels) as HideablePhase[])
        .filter((phase) => offered.has(phase))
        .map((phase) => (
          <label key={phase} className="classification-reader__option">
            <input type="checkbox" checked={phases.includes(phase)} onChange={(event) => toggle(phase, event.target.checked)} />
            {labels[phase](offered.get(phase)!.join(', '))}
          </label>
        ))}
    </div>
  );
  return slot ? createPortal(control, slot) : control;
}
