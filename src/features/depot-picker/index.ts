export { DepotPicker, type DepotPickerProps } from './DepotPicker';
export { ScenarioList } from './ScenarioList';
export { groupScenarios, SCENARIO_GROUP_ORDER, type ScenarioOption } from './scenario-option';
