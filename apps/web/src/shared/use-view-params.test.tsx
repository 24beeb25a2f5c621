import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routerFlushSync, useViewParams } from './use-view-params';

function Counter() {
  const [params, updateParams] = useViewParams();
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
});
