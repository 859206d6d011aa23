/**
 * The reader control's Node side: the inline script that applies what a
 * reader chose to hide before the page paints (the control itself is the
 * ClassificationReaderControl component). Without JavaScript it does not
 * run, and everything shows.
 */
import {HIDE_ATTRIBUTE} from './vocabulary';

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
