/** The parts of feedparser (a sax-based RSS/Atom parser) the tests read. */
declare module 'feedparser' {
  import {Transform} from 'node:stream';

  interface Item {
    title: string;
    link: string;
    guid: string;
    date: Date | null;
    summary: string;
  }
  interface Meta {
    title: string;
    link: string;
    xmlurl: string;
    '#type': string;
    '#version': string;
  }
  class FeedParser extends Transform {
    constructor(options?: {strict?: boolean});
    meta: Meta;
    read(): Item | null;
  }
  export default FeedParser;
}
