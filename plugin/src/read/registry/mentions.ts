/**
 * Whether a page mentions the registry, told from its text: apart from the
 * registry's reader, so that pages are read without loading a YAML parser.
 */
import {frontMatterKey} from '../../model/names';

/** A mention of the registry: a `ref=` attribute or the front matter key. */
const MENTION = new RegExp(`\\bref=|${frontMatterKey('ref')}\\s*:`);

/** Whether a page's text may mention the registry: a new registry reads it again, and an edit recompiles it. */
export function mentionsRegistry(text: string): boolean {
  return MENTION.test(text);
}
