/** An Atom feed read by a real feed parser (feedparser, strict): its kind, its links and its entries. */
import {Readable} from 'node:stream';
import FeedParser from 'feedparser';

export interface ParsedFeed {
  type: string;
  title: string;
  self: string;
  entries: {title: string; link: string; id: string; date: string | undefined; summary: string}[];
}

export function parseFeed(xml: string): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({strict: true});
    const entries: ParsedFeed['entries'] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) {
        entries.push({title: item.title, link: item.link, id: item.guid, date: item.date?.toISOString(), summary: item.summary});
      }
    });
    parser.on('end', () => resolve({type: `${parser.meta['#type']} ${parser.meta['#version']}`, title: parser.meta.title, self: parser.meta.xmlurl, entries}));
    Readable.from([xml]).pipe(parser);
  });
}
