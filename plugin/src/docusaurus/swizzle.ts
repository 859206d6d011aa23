/**
 * Every theme component may be wrapped or ejected: their props are a
 * documented contract, and each exports its component only, which is all a
 * wrapper preserves (tests/integration/wrapped-theme.test.ts wraps them all).
 */
import {COMPONENTS} from '../model/components';
import type {SwizzleConfig} from '@docusaurus/types';

export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: Object.fromEntries(
      Object.values(COMPONENTS).map(({name, description}) => [name, {actions: {eject: 'safe', wrap: 'safe'}, description}]),
    ),
  };
}
