/** @docusaurus/useBrokenLinks: records what a render gives the broken-link checker. */
export const collected = {anchors: [] as string[], links: [] as string[]};

export default function useBrokenLinks() {
  return {
    collectAnchor: (anchor: string) => collected.anchors.push(anchor),
    collectLink: (link: string) => collected.links.push(link),
  };
}
