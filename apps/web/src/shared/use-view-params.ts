// Page view state kept in the URL (month, filters, tab), so a view can be bookmarked and shared.
import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router';

/**
 * The URL's search params and a setter that edits them in place of the current history entry.
 *
 * The router otherwise commits a navigation inside a React transition, which a busy render may
 * postpone: a second click in that window (two filter chips, "previous month" twice) would be
 * handled by the stale render and silently undo the first. flushSync commits each change before
 * the next input event is handled.
 */
export function useViewParams() {
  const [params, setSearchParams] = useSearchParams();
  const update = useCallback(
    (edit: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(params);
      edit(next);
      setSearchParams(next, { replace: true, flushSync: true });
    },
    [params, setSearchParams],
  );
  return [params, update] as const;
}

/** ReactDOM's flushSync in the shape RouterProvider takes (react-router/dom wires the same). */
export function routerFlushSync(fn: () => unknown): undefined {
  flushSync(fn);
  return undefined;
}
