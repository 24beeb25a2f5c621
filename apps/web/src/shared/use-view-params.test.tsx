import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routerFlushSync, useViewParams } from './use-view-params';

let firstUpdate: ReturnType<typeof useViewParams>[1] | null = null;

function Counter() {
  const [params, updateParams] = useViewParams();
  firstUpdate ??= updateParams;
  const count = Number(params.get('count') ?? 0);
  return (
    <button type="button" onClick={() => updateParams((next) => next.set('count', String(count + 1)))}>
      {count}
    </button>
  );
}

// Lets the router's own promise chain finish, but not React's scheduler: what a browser does
// between two input events that arrive back to back.
async function microtasks() {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

describe('useViewParams', () => {
  it('has each change rendered before the next click is handled, so quick clicks all count', async () => {
    const router = createMemoryRouter([{ path: '/', element: <Counter /> }], { initialEntries: ['/?tab=x'] });
    render(<RouterProvider router={router} flushSync={routerFlushSync} />);
    const button = await screen.findByRole('button');
    // Native clicks, outside testing-library's act(), which would flush everything in between.
    button.click();
    await microtasks();
    button.click();
    await microtasks();
    expect(button.textContent).toBe('2');
    expect(router.state.location.search).toBe('?tab=x&count=2');
    // Replaces the history entry rather than adding one per filter change.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('edits the latest params even when called from an old render (after an await), and not once the page is gone', async () => {
    firstUpdate = null;
    const router = createMemoryRouter(
      [
        { path: '/', element: <Counter /> },
        { path: '/elsewhere', element: <p>Elsewhere</p> },
      ],
      { initialEntries: ['/'] },
    );
    render(<RouterProvider router={router} flushSync={routerFlushSync} />);
    const button = await screen.findByRole('button');
    const stale = firstUpdate as unknown as ReturnType<typeof useViewParams>[1];
    button.click();
    await microtasks();
    // As a mutation's continuation would: the callback of the first render.
    act(() => stale((next) => next.set('from', '2026-01')));
    expect(router.state.location.search).toBe('?count=1&from=2026-01');

    await act(() => router.navigate('/elsewhere'));
    act(() => stale((next) => next.set('from', '2025-01')));
    expect(router.state.location.pathname).toBe('/elsewhere');
    expect(router.state.location.search).toBe('');
  });
});
