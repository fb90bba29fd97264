/**
 * The shape of site data: the records the backend keeps and derives the topology from.
 *
 * Only what makes data "not site data at all" is checked here (not an object, a section that is
 * not an array, a record without a string id, a descriptive field of the wrong type). Fields the
 * issue catalog covers — capacities, ratings and the ids that link records — are kept as
 * `unknown` and judged by the derivation, so a bad value there becomes an issue, never a throw.
 */
import { describeZodError } from '../topology';
import { z } from '../zod';
import type { DeriveMemo } from './memo';
import { readPlainSiteData } from './plain-shape';

/** Thrown when the input is not site data; `problems` lists every offending path. */
export class SiteDataError extends Error {
  override readonly name = 'SiteDataError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Not site data: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

const id = z.string().check(z.minLength(1));
const text = z.nullish(z.string());
const nonNegative = z.nullish(z.number().check(z.nonnegative()));
const phases = z.nullish(z.union([z.literal(1), z.literal(3)]));
/** A field the derivation judges itself (see the issue catalog). */
const judged = z.optional(z.unknown());
// Absent sections are empty; a section that is present must be a list.
const section = <T extends z.ZodMiniType>(record: T) => z.pipe(z.optional(z.array(record)), z.transform((v: z.output<T>[] | undefined) => v ?? []));

export const DepotSchema = z.object({
  id,
  name: text,
  timezone: text,
  // Versions below 3 keep the legacy (flat) balancing path; absent means the current one.
  usable_power_calculation_version: z.nullish(z.number().check(z.int())),
});

export const GridConnectionSchema = z.object({
  id,
  name: text,
  circuit_id: judged,
});

export const CircuitSchema = z.object({
  id,
  name: text,
  parent_circuit_id: judged,
  phases,
  voltage_v: z.nullish(z.number()),
  default_capacity_w: judged,
  safe_capacity_w: judged,
  breaker_rating_a: nonNegative,
});

export const ChargePointSchema = z.object({
  id,
  name: text,
  ocpp_id: text,
  circuit_id: judged,
  vendor: text,
  model: text,
  serial_number: text,
  firmware_version: text,
  power_type: text,
  phases,
  max_power_w: judged,
  evse_count: z.nullish(z.number().check(z.int(), z.nonnegative())),
  status: text,
  /** OCPP ConnectorPhaseRotation; an unknown value is a warning, not a shape error. */
  phase_rotation: text,
});

export const ConnectorSchema = z.object({
  id,
  name: text,
  charge_point_id: judged,
  connector_id: z.nullish(z.union([z.number(), z.string()])),
  evse_id: z.nullish(z.union([z.number(), z.string()])),
  standard: text,
  power_type: text,
  phases,
  max_power_w: judged,
  max_current_a: nonNegative,
  max_voltage_v: z.nullish(z.number()),
  status: text,
});

export const SiteDataSchema = z.object({
  depot: DepotSchema,
  microgrid: z.object({
    id,
    name: text,
    grid_connections: section(GridConnectionSchema),
  }),
  circuits: section(CircuitSchema),
  charge_points: section(ChargePointSchema),
  connectors: section(ConnectorSchema),
});

export type SiteData = z.output<typeof SiteDataSchema>;
/** What a scenario file holds (before defaults are filled in). */
export type SiteDataInput = z.input<typeof SiteDataSchema>;
export type GridConnectionRecord = z.output<typeof GridConnectionSchema>;
export type CircuitRecord = z.output<typeof CircuitSchema>;
export type ChargePointRecord = z.output<typeof ChargePointSchema>;
export type ConnectorRecord = z.output<typeof ConnectorSchema>;

/**
 * Parses the shape of site data, or throws a `SiteDataError` naming every bad path. Plain data
 * is read without zod (the same output, faster; with a memo, records read before are not read
 * again); zod judges the rest and names what is wrong.
 */
export function parseSiteData(raw: unknown, memo?: DeriveMemo): SiteData {
  const plain = readPlainSiteData(raw, memo);
  if (plain !== null) return plain;
  const result = SiteDataSchema.safeParse(raw);
  if (!result.success) throw new SiteDataError(describeZodError(result.error));
  return result.data;
}
