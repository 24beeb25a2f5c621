// Entry point: global styles and the app.
import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo';
import { App } from './app/app';
import { prefetchSignedIn } from './app/prefetch';

// Before the first render, which keeps the main thread busy for a while: the requests the first
// page needs go out now.
const client = createApolloClient();
prefetchSignedIn(client);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
