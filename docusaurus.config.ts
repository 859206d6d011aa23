import path from 'node:path';
import {themes as prismThemes} from 'prism-react-renderer';
import remarkClassification from 'docusaurus-plugin-classification/remark';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as ClassificationOptions} from 'docusaurus-plugin-classification';

// The demo reproduces the AWS Neuron "software classification" page word
// for word through options alone: the plugin's own defaults are vendor-neutral.
const policy = 'https://docs.aws.amazon.com/sdkref/latest/guide/maint-policy.html';
const disclaimer = (things: string): string =>
  `Alpha and Beta classified ${things} are ${things} in a Developer Preview release (see [AWS SDK policy](${policy})) that should not be used in production environments and are meant for early access and feedback purposes only.`;

const classification: ClassificationOptions = {
  policyPage: '/sdk-classification',
  registry: [
    'site/classification.yml',
    // The API reference docusaurus-plugin-typedoc generates (below): levels, since and deprecations from the TSDoc tags.
    {typedoc: 'site/api/typedoc.json', pages: 'api-reference'},
    // The pet store's pages: levels from the OpenAPI document's stability markers.
    {openapi: 'site/api/petstore.yaml', pages: 'petstore'},
  ],
  // A preview older than this is reported at build and marked on the index.
  maxPreviewAge: '3y',
  // Items whose level changed in the newest docs version (2.x) show "New".
  newFor: 1,
  kinds: {
    api: {
      disclaimer: disclaimer('APIs'),
      table: {
        footnotes: [
          '\\*In case when a new Neuron version of a Stable release will break backwards compatibility, AWS will notify customers of the breaking change at least one month before the change.',
        ],
      },
    },
    package: {disclaimer: disclaimer('packages/libraries')},
    feature: {disclaimer: disclaimer('features')},
    model: {disclaimer: disclaimer('model classes')},
    // A kind of the site's own, scoped like model classes but by one key: an instance type is
    // available at one level per AWS Region.
    instance: {
      label: 'Instance type',
      plural: 'Instance types',
      disclaimer: disclaimer('instance types'),
      requires: ['region'],
      table: {
        columns: ['Capacity', 'Support'],
        rows: {alpha: ['On request', 'Best effort'], beta: ['Limited', 'Business hours'], stable: ['Generally available', 'Full']},
        footnotes: [],
      },
    },
  },
};

// A second documentation set with a taxonomy of its own, as an open
// specification classifies its components: seven levels in lifecycle order,
// each with its colour and notice; unmarked components are Alpha.
const spec: ClassificationOptions = {
  id: 'spec',
  contentPluginIds: ['spec'],
  indexRoute: '/spec/status',
  indexTitle: 'Specification status',
  outputFile: 'spec-classification.json',
  defaultLevel: 'alpha',
  notices: 'first',
  // Without docs versions, "New" counts from the `since` dates.
  newFor: '90d',
  levels: [
    {id: 'development', label: 'Development', phase: 'preview', color: '#7b3fbf', notice: 'In development: this may change or disappear without notice, and is not for production use.'},
    {id: 'alpha'},
    {id: 'beta'},
    {id: 'rc', label: 'Release Candidate', phase: 'preview', color: 'info', notice: 'A release candidate: feature-complete, only fixes land before it is Stable.'},
    {id: 'stable'},
    {id: 'deprecated'},
    {id: 'unmaintained', label: 'Unmaintained', phase: 'retired', color: 'danger', notice: 'Nobody maintains this any more: expect no fixes, and plan a move away from it.'},
  ],
  kinds: {
    api: false,
    package: false,
    feature: false,
    model: false,
    component: {
      label: 'Component',
      plural: 'Components',
      disclaimer: 'Components before Stable may change in breaking ways between releases.',
      notices: {deprecated: 'A deprecated component keeps working until its removal; its replacement is named below.'},
      table: {
        columns: ['Breaking changes', 'Support'],
        rows: {
          development: ['Any time', 'None'],
          alpha: ['Any release', 'Best effort'],
          beta: ['With notice', 'Best effort'],
          rc: ['Fixes only', 'Full'],
          stable: ['Major versions only', 'Full'],
          deprecated: ['None', 'Until removal'],
          unmaintained: ['None', 'None'],
        },
        footnotes: [],
      },
    },
    signal: {
      label: 'Signal',
      plural: 'Signals',
      disclaimer: 'Signals before Stable may change their data model.',
      table: {columns: ['Data model'], rows: {development: ['Draft'], beta: ['Complete, may change'], rc: ['Frozen'], stable: ['Frozen']}, footnotes: []},
    },
  },
};

const config: Config = {
  title: 'Neuron SDK classification demo',
  tagline: 'Alpha, Beta and Stable labels for Docusaurus',
  url: 'https://example.com',
  baseUrl: '/',
  favicon: 'img/favicon.svg',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // DOCUSAURUS_FASTER=true builds with Docusaurus Faster (Rspack, SWC); the tests build both ways.
  future: {v4: {removeLegacyPostBuildHeadAttribute: true}, faster: process.env.DOCUSAURUS_FASTER === 'true'},
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
  staticDirectories: ['site/static'],
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'fr'],
    path: 'site/i18n',
    localeConfigs: {en: {label: 'English'}, fr: {label: 'Français'}},
  },
  presets: [
    [
      'classic',
      {
        docs: {
          path: 'site/docs',
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // The one line that enables the syntax.
          beforeDefaultRemarkPlugins: [remarkClassification],
          // The current docs stay at the root; the 1.0 snapshot is under /1.0/.
          lastVersion: 'current',
          versions: {current: {label: '2.x'}, '1.0': {label: '1.0'}},
        },
        blog: {
          path: 'site/blog',
          beforeDefaultRemarkPlugins: [remarkClassification],
          onInlineAuthors: 'ignore',
          onInlineTags: 'ignore',
          showReadingTime: false,
        },
        pages: {path: 'site/src/pages', beforeDefaultRemarkPlugins: [remarkClassification]},
        theme: {customCss: './site/src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    // The demo package's API reference, and the TypeDoc JSON the registry reads, written when the site loads.
    [
      'docusaurus-plugin-typedoc',
      {
        entryPoints: [path.join(__dirname, 'site/packages/widgets/src/index.ts')],
        tsconfig: path.join(__dirname, 'site/packages/widgets/tsconfig.json'),
        out: path.join(__dirname, 'site/docs/api-reference'),
        json: path.join(__dirname, 'site/api/typedoc.json'),
        excludeInternal: true,
        readme: 'none',
        disableGit: true,
        sourceLinkTemplate: 'https://example.com/widgets/{path}#L{line}',
        sidebar: {autoConfiguration: true},
        logLevel: 'Warn',
      },
    ],
    ['docusaurus-plugin-classification', {...classification, contentPluginIds: ['default']}],
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'spec',
        path: 'site/spec',
        routeBasePath: 'spec',
        // The second taxonomy's pages read its instance of the plugin.
        beforeDefaultRemarkPlugins: [[remarkClassification, {pluginId: 'spec'}]],
      },
    ],
    ['docusaurus-plugin-classification', spec],
  ],
  themeConfig: {
    navbar: {
      title: 'Classification demo',
      items: [
        {type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Docs'},
        {to: '/classification', label: 'Alpha & Beta index', position: 'left'},
        {type: 'docSidebar', sidebarId: 'defaultSidebar', docsPluginId: 'spec', position: 'left', label: 'Spec'},
        {to: '/spec/status', label: 'Spec status', position: 'left'},
        {to: '/blog', label: 'Blog', position: 'left'},
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  } satisfies Preset.ThemeConfig,
};

export default config;
