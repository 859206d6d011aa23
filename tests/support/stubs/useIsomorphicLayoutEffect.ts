/** @docusaurus/useIsomorphicLayoutEffect: on the server, an effect that never runs. */
export {useEffect as default} from 'react';
