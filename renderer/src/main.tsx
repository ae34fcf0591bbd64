import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary, UnhandledErrors } from './shell/crash/ErrorBoundary.tsx';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* a failure in the UI shows a Chinese message and a way back, never a blank window */}
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
    <UnhandledErrors />
  </StrictMode>,
);
