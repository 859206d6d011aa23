/** What the component tests use of react-dom/server (react-dom ships no types, and @types/react-dom is not a dependency). */
declare module 'react-dom/server' {
  import type {ReactNode} from 'react';

  export function renderToStaticMarkup(element: ReactNode): string;
}
