/** A depot the mock backend offers; the app passes these in (the picker never loads mocks itself). */
export interface ScenarioOption {
  depotId: string;
  title: string;
  description: string;
  group: string;
}

/** The order groups are shown in; any other group follows, alphabetically. */
export const SCENARIO_GROUP_ORDER: readonly string[] = ['Healthy', 'Topology errors', 'Faults', 'Large'];

export function groupScenarios(scenarios: readonly ScenarioOption[]): Array<{ group: string; scenarios: ScenarioOption[] }> {
  const groups = new Map<string, ScenarioOption[]>();
  for (const s of scenarios) {
    const list = groups.get(s.group);
    if (list) list.push(s);
    else groups.set(s.group, [s]);
  }
  const rank = (g: string) => {
    const i = SCENARIO_GROUP_ORDER.indexOf(g);
    return i === -1 ? SCENARIO_GROUP_ORDER.length : i;
  };
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((group) => ({ group, scenarios: groups.get(group)! }));
}
