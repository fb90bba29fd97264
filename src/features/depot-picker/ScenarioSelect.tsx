/**
 * The header's scenario menu. Choosing in the menu only chooses; "Open scenario" opens it, so
 * moving through the options with the arrow keys loads nothing (WCAG 3.2.2, on input).
 */
import { useId, useState, type FormEvent } from 'react';
import { groupScenarios, type ScenarioOption } from './scenario-option';

interface Props {
  scenarios: readonly ScenarioOption[];
  depotId: string | null;
  onChoose: (depotId: string) => void;
}

export function ScenarioSelect({ scenarios, depotId, onChoose }: Props) {
  const selectId = useId();
  const current = scenarios.some((s) => s.depotId === depotId) ? depotId! : '';
  const [chosen, setChosen] = useState(current);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen !== '') onChoose(chosen);
  };
  return (
    <form className="scenario-select" onSubmit={onSubmit}>
      <label htmlFor={selectId}>Scenario</label>
      <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">Choose a scenario…</option>
        {groupScenarios(scenarios).map(({ group, scenarios: items }) => (
          <optgroup key={group} label={group}>
            {items.map((s) => (
              <option key={s.depotId} value={s.depotId}>
                {s.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" disabled={chosen === '' || chosen === depotId}>
        Open scenario
      </button>
    </form>
  );
}
