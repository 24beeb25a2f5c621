// Test environment for component tests under happy-dom (files marked for the node environment
// skip the DOM parts): cleanup between tests and the browser
// APIs Mantine expects (matchMedia, ResizeObserver) that happy-dom leaves out or stubs.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }

  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  }

  Element.prototype.scrollIntoView ??= function scrollIntoView() {};

  // Mantine's autosizing Textarea listens to document.fonts, which happy-dom does not provide.
  if (!('fonts' in document) || !(document as { fonts?: unknown }).fonts) {
    Object.defineProperty(document, 'fonts', { configurable: true, value: new EventTarget() });
  }
}
