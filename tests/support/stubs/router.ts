/** @docusaurus/router: a server render at the site's root, for links of the index (see ClassificationEntries). */
interface Location {
  pathname: string;
  search: string;
  hash: string;
}

const location = {pathname: '/', search: '', hash: '', key: 'default'};

export function useLocation(): typeof location {
  return location;
}

export function useHistory() {
  return {
    location,
    createHref: ({pathname, search, hash}: Location) => `${pathname}${search}${hash}`,
    push: () => {},
    replace: () => {},
  };
}
