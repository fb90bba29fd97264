import { useId } from 'react';
import { DepotIdForm } from './DepotIdForm';
import { groupScenarios, type ScenarioOption } from './scenario-option';
import './depot-picker.css';

export interface DepotPickerProps {
  /** Mock scenarios, or null outside mock mode. */
  scenarios: readonly ScenarioOption[] | null;
  depotId: string | null;
  onChoose: (depotId: string) => void;
}

/** The header's depot chooser: the scenario menu in mock mode, and the free-text id always. */
export function DepotPicker({ scenarios, depotId, onChoose }: DepotPickerProps) {
  const selectId = useId();
  const current = scenarios?.some((s) => s.depotId === depotId) ? depotId! : '';
  return (
    <div className="depot-picker">
      {scenarios !== null && scenarios.length > 0 && (
        <div className="scenario-select">
          <label htmlFor={selectId}>Scenario</label>
          <select id={selectId} value={current} onChange={(e) => e.target.value !== '' && onChoose(e.target.value)}>
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
        </div>
      )}
      {/* Re-mounted per depot so the field shows the depot in view, e.g. after back/forward. */}
      <DepotIdForm key={depotId ?? ''} depotId={depotId} onChoose={onChoose} />
    </div>
  );
}
