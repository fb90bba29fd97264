import { Fragment, useId, type ReactNode } from 'react';
import { groupScenarios, type ScenarioOption } from './scenario-option';
import './depot-picker.css';

/** The text with a line-break opportunity after each `_` and `-`, so codes and ids wrap at their parts. */
function breakable(text: string): ReactNode {
  const parts = text.split(/(?<=[_-])/);
  return parts.length === 1 ? text : parts.map((part, i) => <Fragment key={i}>{i > 0 && <wbr />}{part}</Fragment>);
}

function ScenarioGroup({ group, scenarios, onChoose }: { group: string; scenarios: ScenarioOption[]; onChoose: (id: string) => void }) {
  const headingId = useId();
  return (
    <section className="scenario-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{group}</h3>
      <ul>
        {scenarios.map((s) => (
          <li key={s.depotId}>
            <button type="button" className="scenario-button" onClick={() => onChoose(s.depotId)}>
              <span className="scenario-title">{s.title}</span>
            </button>
            <p className="scenario-description">
              {breakable(s.description)} <code>{breakable(s.depotId)}</code>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every mock scenario, grouped, each one click away. */
export function ScenarioList({ scenarios, onChoose }: { scenarios: readonly ScenarioOption[]; onChoose: (depotId: string) => void }) {
  return (
    <div className="scenario-list">
      {groupScenarios(scenarios).map(({ group, scenarios: items }) => (
        <ScenarioGroup key={group} group={group} scenarios={items} onChoose={onChoose} />
      ))}
    </div>
  );
}
