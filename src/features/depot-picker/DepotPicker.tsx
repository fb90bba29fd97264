import { DepotIdForm } from './DepotIdForm';
import type { ScenarioOption } from './scenario-option';
import { ScenarioSelect } from './ScenarioSelect';
import './depot-picker.css';

export interface DepotPickerProps {
  /** Mock scenarios, or null outside mock mode. */
  scenarios: readonly ScenarioOption[] | null;
  depotId: string | null;
  onChoose: (depotId: string) => void;
}

/** The header's depot chooser: the scenario menu in mock mode, and the free-text id always. */
export function DepotPicker({ scenarios, depotId, onChoose }: DepotPickerProps) {
  return (
    <div className="depot-picker">
      {scenarios !== null && scenarios.length > 0 && (
        // Re-mounted per depot so the menu shows the depot in view, e.g. after back/forward.
        <ScenarioSelect key={`scenario:${depotId ?? ''}`} scenarios={scenarios} depotId={depotId} onChoose={onChoose} />
      )}
      {/* Re-mounted per depot so the field shows the depot in view, e.g. after back/forward. */}
      <DepotIdForm key={depotId ?? ''} depotId={depotId} onChoose={onChoose} />
    </div>
  );
}
