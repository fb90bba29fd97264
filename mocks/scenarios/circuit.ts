/** A three-phase 230 V circuit record, as the scenarios write them. */
export const circuit = (id: string, name: string, parent: string | null, defaultW: number | null, safeW: number, breakerA: number) => ({
  id, name, parent_circuit_id: parent, phases: 3 as const, voltage_v: 230,
  default_capacity_w: defaultW, safe_capacity_w: safeW, breaker_rating_a: breakerA,
});
