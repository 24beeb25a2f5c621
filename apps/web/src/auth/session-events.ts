// A tiny signal raised when the API says the session is gone (expired cookie, signed out in
// another tab), so the app shell can send the user back to the sign-in page.
type Listener = () => void;
const listeners = new Set<Listener>();

export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyUnauthenticated(): void {
  for (const listener of listeners) listener();
}
