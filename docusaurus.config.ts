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
  registry: 'site/classification.yml',
  // A preview older than this is reported at build and marked on the index.
  maxPreviewAge: '3y',
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
  plugins: [['docusaurus-plugin-classification', classification]],
  themeConfig: {
    navbar: {
      title: 'Classification demo',
      items: [
        {type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Docs'},
        {to: '/classification', label: 'Alpha & Beta index', position: 'left'},
        {to: '/blog', label: 'Blog', position: 'left'},
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  } satisfies Preset.ThemeConfig,
};

export default config;
