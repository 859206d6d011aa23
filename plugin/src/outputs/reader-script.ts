/**
 * The reader control's script: applies what a reader chose to hide before the
 * page paints (the control itself is the ClassificationReaderControl
 * component; what hides, outputs/css.ts). Without JavaScript it does not run,
 * and everything shows.
 */
import {HIDE_ATTRIBUTE, type ReaderStorage} from '../model/names';

/** A JavaScript string literal that cannot close the script element it is in. */
function literal(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

export function readerScript({type, key}: ReaderStorage): string {
  return `(function(){try{var v=window[${literal(type)}].getItem(${literal(key)});if(v)document.documentElement.setAttribute(${literal(HIDE_ATTRIBUTE)},v)}catch(e){}})();`;
}
