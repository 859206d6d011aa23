/**
 * @docusaurus-plugin-classification/disclaimers: what the plugin renders for a
 * site whose API disclaimer links to a policy (the demo's wording), and a
 * second plugin instance with a taxonomy of its own.
 */
import type {DisclaimerData} from 'docusaurus-plugin-classification';

const site: DisclaimerData = {
  preview: ['alpha', 'beta'],
  kinds: {
    api: [
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
    package: [{type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'Preview packages are for feedback.'}]}],
  },
};

/** Plugin instance id → its disclaimers; a second instance whose only kind has its own text. */
const disclaimers: Record<string, DisclaimerData> = {
  default: site,
  spec: {
    preview: ['development'],
    kinds: {component: [{type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'Components in development may change.'}]}]},
  },
};

export default disclaimers;
