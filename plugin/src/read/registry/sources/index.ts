/**
 * The registry's sources besides files, one module each, registered here:
 * each turns its text into items (SourceItems) that the registry reads as it
 * reads a file's (read/registry/index.ts), so that one validation holds for
 * every source.
 */
import {apiExtractorItems} from './api-extractor';
import {moduleItems} from './module';
import {openapiItems} from './openapi';
import {typedocItems} from './typedoc';
import type {SourceItems} from './document';
import type {RegistrySource, SourceType} from '../../../model/sources';
import type {Taxonomy} from '../../../model/taxonomy';

export {SourceDocument} from './document';
export {runModule} from './module';

const READERS: Record<SourceType, (source: RegistrySource, text: string, taxonomy: Taxonomy) => SourceItems> = {
  typedoc: typedocItems,
  apiExtractor: apiExtractorItems,
  openapi: openapiItems,
  module: moduleItems,
};

/** The items a source's text gives. */
export function sourceItems(source: RegistrySource & {type: SourceType}, text: string, taxonomy: Taxonomy): SourceItems {
  return READERS[source.type](source, text, taxonomy);
}
