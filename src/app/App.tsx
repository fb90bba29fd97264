import type { NodeId } from '../domain/topology';
import { DepotPicker, ScenarioList, type ScenarioOption } from '../features/depot-picker';
import { memo, useCallback, useState } from 'react';
import type { ScenarioSessions } from '../features/preview';
import { DepotScreen } from './DepotScreen';
import { SiteFileScreen } from './SiteFileScreen';
import { ThemeToggle } from './ThemeToggle';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { navigate, usePreviewUrlSlot, useUrlParam } from '../view';
import './app.css';

function StartScreen({ scenarios, onChoose }: { scenarios: readonly ScenarioOption[] | null; onChoose: (id: string) => void }) {
  return (
    <section className="start-screen" aria-labelledby="start-heading">
      <h2 id="start-heading">Choose a depot</h2>
      <p>
        <a
          href="?view=site-file"
          onClick={(event) => {
            event.preventDefault();
            navigate({ depot: null, node: null, problem: null, view: SITE_FILE_VIEW });
          }}
        >
          Check a site file
        </a>{' '}
        — judge a site-data JSON file in this browser, as the backend would, and fix it.
      </p>
      {scenarios !== null && scenarios.length > 0 ? (
        <>
          <p>Pick a mock scenario, or enter a depot id above.</p>
          <ScenarioList scenarios={scenarios} onChoose={onChoose} />
        </>
      ) : (
        <p>Enter a depot id above to see its microgrid topology.</p>
      )}
    </section>
  );
}

/** The header: it changes with the depot, not with the node or the preview's keys. */
const AppHeader = memo(function AppHeader(props: { scenarios: readonly ScenarioOption[] | null; depotId: string | null; onChoose: (id: string) => void }) {
  return (
    <header className="app-header">
      <h1>Depot microgrid</h1>
      <DepotPicker {...props} />
      <ThemeToggle />
    </header>
  );
});

/** `?view=site-file`: the offline check of a site file. */
const SITE_FILE_VIEW = 'site-file';

/** The page: header with the depot picker, then whatever the URL's depot calls for. */
/** A depot's scenario session set, where the mock backend ships one. */
export type ScenarioSessionsLookup = (depotId: string) => ScenarioSessions | null;

interface AppProps {
  scenarios?: readonly ScenarioOption[] | null;
  scenarioSessions?: ScenarioSessionsLookup | null;
}

export function App({ scenarios = null, scenarioSessions = null }: AppProps) {
  // Each key read on its own: a change of another (the chosen problem) does not render the page again.
  const depot = useUrlParam('depot');
  const node = useUrlParam('node');
  const view = useUrlParam('view');
  const preview = usePreviewUrlSlot();
  // A depot the user opened (start page, scenario menu, depot id form) gets focus on its heading
  // once loaded; one opened by the URL (a deep link, a reload) leaves focus where the page starts.
  const [opened, setOpened] = useState(false);
  const chooseDepot = useCallback((id: string) => {
    setOpened(true);
    navigate({ depot: id, node: null, problem: null, view: null, sessions: null, strategy: null, edits: null });
  }, []);
  // A selection made anywhere drops the chosen problem: the problems panel, choosing one, puts it
  // back right after (in the same task), so `problem=` names a problem only while it is the reason.
  const selectNode = useCallback((id: NodeId | null) => navigate({ depot, node: id, problem: null }), [depot]);
  const selectFileNode = useCallback((id: NodeId | null) => navigate({ node: id, problem: null }), []);
  const siteFile = depot === null && view === SITE_FILE_VIEW;

  return (
    <div className="app">
      <AppHeader scenarios={scenarios} depotId={depot} onChoose={chooseDepot} />
      <main className="app-main">
        <ErrorBoundary label="This depot" resetKey={depot}>
          {siteFile ? (
            <SiteFileScreen nodeParam={node} onSelect={selectFileNode} />
          ) : depot === null ? (
            <StartScreen scenarios={scenarios} onChoose={chooseDepot} />
          ) : (
            <DepotScreen
              key={depot}
              depotId={depot}
              nodeParam={node}
              onSelect={selectNode}
              preview={preview}
              scenario={scenarioSessions?.(depot) ?? null}
              focusHeading={opened}
            />
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
