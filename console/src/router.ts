import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes (`#/workflows/wf-1?tab=versions`): the server only ever serves `/`, so no console path can collide
 * with an API route, and a reload or a shared link opens the same view.
 */

export interface Route {
  /** `['workflows', 'wf-1']` */
  readonly parts: string[];
  readonly query: URLSearchParams;
}

export const parseHash = (hash: string): Route => {
  const text = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = text.split('?', 2);
  return {
    parts: path
      .split('/')
      .filter(Boolean)
      .map((p) => {
        try {
          return decodeURIComponent(p);
        } catch {
          return p;
        }
      }),
    query: new URLSearchParams(search),
  };
};

export const href = (path: string, query: Record<string, string | undefined> = {}): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const search = params.toString();
  return `#/${path.replace(/^\//, '')}${search ? `?${search}` : ''}`;
};

export const navigate = (path: string, query: Record<string, string | undefined> = {}): void => {
  location.hash = href(path, query);
};

/**
 * Whether the address changed since the page loaded. Views move focus to their title after a navigation (so a
 * screen reader announces the new page), but not on the first load, where focus starts at the skip link.
 */
export const navigation = { happened: false };

export const useRoute = (): Route => {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => {
      navigation.happened = true;
      setRoute(parseHash(location.hash));
    };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
};
