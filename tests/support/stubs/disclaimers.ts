/**
 * @docusaurus-plugin-classification/disclaimers: what the plugin renders for a
 * site whose API disclaimer links to a policy (the demo's wording), and a
 * second plugin instance with a taxonomy of its own.
 */
import type {DisclaimerData} from 'docusaurus-plugin-classification';

const site: DisclaimerData = {
  texts: [
    [
      {
        type: 'element',
        tagName: 'p',
        properties: {dataNote: 'policy'},
        children: [
          {type: 'text', value: 'Alpha and Beta APIs are a Developer Preview (see '},
          {
            type: 'element',
            tagName: 'a',
            properties: {href: 'https://docs.aws.amazon.com/sdkref/latest/guide/maint-policy.html'},
            children: [{type: 'text', value: 'AWS SDK policy'}],
          },
          {type: 'text', value: ') <b>not</b> for production.'},
        ],
      },
    ],
    [{type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'Preview packages are for feedback.'}]}],
    [{type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'Deprecated APIs will be removed.'}]}],
  ],
  notices: {api: {alpha: 0, beta: 0, deprecated: 2}, package: {alpha: 1, beta: 1}},
  tables: {api: 0, package: 1},
};

/** Plugin instance id → its disclaimers; a second instance whose only kind has its own text. */
const disclaimers: Record<string, DisclaimerData> = {
  default: site,
  spec: {
    texts: [[{type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'Components in development may change.'}]}]],
    notices: {component: {development: 0}},
    tables: {component: 0},
  },
};

export default disclaimers;
