import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyRuntimeConfig, loadRuntimeConfig, readApiConfig } from '../api';
import type { ScenarioOption } from '../features/depot-picker';
import { App, type ScenarioSessionsLookup } from './App';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { AppProviders, createQueryClient } from './providers';
import { applyTheme } from './theme';
import './theme.css';

const container = document.getElementById('root');

async function start(): Promise<void> {
  if (container === null) throw new Error('The page has no #root element.');
  applyTheme(); // public/theme-init.js did this before the first paint, unless it failed to load
  // config.json beside index.html; what it leaves out keeps the build's VITE_* value.
  const runtime = await loadRuntimeConfig(`${import.meta.env.BASE_URL}config.json`);
  const config = applyRuntimeConfig(readApiConfig(), runtime);
  let scenarios: readonly ScenarioOption[] | null = null;
  let scenarioSessions: ScenarioSessionsLookup | null = null;
  // Decided at build time: without VITE_MOCK this branch is dead code, so no mock reaches the
  // bundle. A build with the mock serves it unless config.json says "mock": false.
  if (import.meta.env.VITE_MOCK === 'true') {
    if (runtime?.mock !== false) {
      const [{ startMockWorker }, { SCENARIOS, scenarioSessionsFor }] = await Promise.all([
        import('../../mocks/browser'),
        import('../../mocks/scenarios/index'),
      ]);
      scenarios = SCENARIOS;
      scenarioSessions = scenarioSessionsFor;
      try {
        await startMockWorker();
      } catch (error) {
        // Without service workers (blocked by the browser or a test harness) the app still runs, and
        // its requests go to the network, where something else may answer them.
        console.warn('The mock backend could not start; requests go to the network.', error);
      }
    }
  } else if (runtime?.mock === true) {
    console.warn('config.json asks for the mock backend, but this build has none: calling the API.');
  }
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary label="The app">
        <AppProviders client={createQueryClient()} config={config}>
          <App scenarios={scenarios} scenarioSessions={scenarioSessions} />
        </AppProviders>
      </ErrorBoundary>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Nothing rendered yet, so say so in plain DOM rather than leave a blank page.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `The app could not start: ${error instanceof Error ? error.message : String(error)}`;
  (container ?? document.body).replaceChildren(message);
});
