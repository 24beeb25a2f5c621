// Page view state kept in the URL (month, filters, tab), so a view can be bookmarked and shared.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router';

/**
 * The URL's search params and a setter that edits them in place of the current history entry.
 *
 * The router otherwise commits a navigation inside a React transition, which a busy render may
 * postpone: a second click in that window (two filter chips, "previous month" twice) would be
 * handled by the stale render and silently undo the first. flushSync commits each change before
 * the next input event is handled.
 *
 * The edit starts from the params of the latest render, not of the render that made the
 * callback, so a call after an await (a mutation finished) keeps what changed meanwhile; after
 * the page has gone it does nothing, rather than carrying this page's params to the next one.
 */
export function useViewParams() {
  const [params, setSearchParams] = useSearchParams();
  const latest = useRef(params);
  const mounted = useRef(true);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const update = useCallback(
    (edit: (next: URLSearchParams) => void) => {
      if (!mounted.current) return;
      const next = new URLSearchParams(latest.current);
      edit(next);
      setSearchParams(next, { replace: true, flushSync: true });
    },
    [setSearchParams],
  );
  return [params, update] as const;
}

/** ReactDOM's flushSync in the shape RouterProvider takes (react-router/dom wires the same). */
export function routerFlushSync(fn: () => unknown): undefined {
  flushSync(fn);
  return undefined;
}
