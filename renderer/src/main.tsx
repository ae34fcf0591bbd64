// first: its module starts reading the plan from the host while the rest of the window loads
import './shell/plan-state.ts';
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
