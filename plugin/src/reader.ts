/**
 * The reader control's Node side: the inline script that applies what a
 * reader chose to hide before the page paints (the control itself is the
 * ClassificationReaderControl component). Without JavaScript it does not
 * run, and everything shows.
 */
import {generatedFile, writeIfChanged} from './generated-files';
import {HIDEABLE_PHASES} from './taxonomy';
import {HIDE_ATTRIBUTE, HIDES_ATTRIBUTE} from './vocabulary';

export interface ReaderStorage {
  type: 'localStorage' | 'sessionStorage';
  key: string;
}

/** A JavaScript string literal that cannot close the script element it is in. */
function literal(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

export function readerScript({type, key}: ReaderStorage): string {
  return `(function(){try{var v=window[${literal(type)}].getItem(${literal(key)});if(v)document.documentElement.setAttribute(${literal(HIDE_ATTRIBUTE)},v)}catch(e){}})();`;
}

/**
 * What hides: for each hideable phase the reader lists on `<html>`, the
 * content marked with it; a callout whose body hides keeps its header alone.
 */
export function readerStylesheet(): string {
  return HIDEABLE_PHASES.map((phase) => {
    const hidden = `html[${HIDE_ATTRIBUTE}~='${phase}']`;
    const marked = `[${HIDES_ATTRIBUTE}~='${phase}']`;
    return `${hidden} ${marked} {\n  display: none;\n}\n\n${hidden} .classification-callout:has(> ${marked}) > .classification-callout__header {\n  margin-block-end: 0;\n}\n`;
  }).join('\n');
}

/** Writes the site's reader stylesheet into its generated files (the same for every instance) and returns its path. */
export function writeReaderStylesheet(generatedFilesDir: string): string {
  const file = generatedFile(generatedFilesDir, 'reader.css');
  writeIfChanged(file, readerStylesheet());
  return file;
}
