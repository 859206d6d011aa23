/** Front matter `classification: beta`, `classification_kind: package`: the whole page is the item, its banner under the title. */
import {bannerIndex, pageItemOf} from '../read/collect/front-matter';
import {defineForm} from './form';
import type {CollectedItem} from '../read/collect/types';
import type {PageRender} from '../render/page';

type PageItem = Extract<CollectedItem, {form: 'page'}>;

export const pageForm = defineForm<PageItem>({
  name: 'page',
  components: ['Banner'],
  collectPage(context, tree) {
    const page = pageItemOf(context, tree);
    if (page) {
      page.collected.item.title = context.collection.pageTitle;
      context.ids.add(page.collected, page.explicitId);
    }
  },
  render(page: PageRender, collected: PageItem): void {
    const retirement = page.retirement(collected);
    const noticeAt = page.noticeAt(collected);
    const {tree} = page;
    tree.children.splice(bannerIndex(tree), 0, page.block('Banner', {...page.itemProps(collected), retirement, noticeAt}));
    // Everything after the banner hides with the page's phase.
    page.hides(collected, true);
  },
});
