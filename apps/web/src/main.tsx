import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { RequestError } from './lib/api.ts';
import './styles.css';
import './narrow.css';

const client: QueryClient = new QueryClient({
  // a 401 means the session ended (expired, signed out elsewhere): ask again who is here
  queryCache: new QueryCache({
    onError: (error) => {
      if (error instanceof RequestError && error.status === 401)
        void client.invalidateQueries({ queryKey: ['session'] });
    },
  }),
  defaultOptions: {
    queries: {
      // a 4xx is the caller's mistake (unknown county, bad year): asking again will not help
      retry: (count, error) =>
        !(error instanceof RequestError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
