/**
 * The microgrid API contract as zod schemas. Types are inferred from them: `z.input` is the wire
 * shape (what the backend and the mock send), `z.output` the parsed shape the app works with,
 * where watts, amperes and node ids carry brands.
 *
 * Tolerance, as the contract asks: unknown fields are dropped, and kinds, issue codes, statuses
 * and limit sources are open strings (the known values are listed for display, not enforced).
 */
import type { Amperes, Watts } from '../units';
import { z } from '../zod';

export const KNOWN_NODE_KINDS = ['MICROGRID', 'GRID_CONNECTION', 'CIRCUIT', 'CHARGE_POINT', 'CONNECTOR'] as const;
export type KnownNodeKind = (typeof KNOWN_NODE_KINDS)[number];
/** Open set: any other string is an unknown kind, drawn as a generic node. */
export type NodeKind = KnownNodeKind | (string & {});

export const KNOWN_LIMIT_SOURCES = ['DEFAULT_CAPACITY', 'SAFE_CAPACITY', 'RATED'] as const;

export const KNOWN_STATUSES = [
  'Available', 'Preparing', 'Charging', 'SuspendedEV', 'SuspendedEVSE', 'Finishing', 'Faulted', 'Unavailable', 'Offline',
] as const;

const nodeId = z.string().check(z.minLength(1)).brand<'NodeId'>();
export type NodeId = z.output<typeof nodeId>;
export const asNodeId = (id: string): NodeId => id as NodeId;

// Caps and ratings are non-negative finite numbers (zod 4 numbers already reject NaN and ±Infinity).
const wattsField = z.pipe(z.number().check(z.nonnegative()), z.transform((w) => w as Watts));
const amperesField = z.pipe(z.number().check(z.nonnegative()), z.transform((a) => a as Amperes));
/** Absent or null on the wire, null when parsed. */
const orNull = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.nullish(schema), z.transform((v: z.output<T> | null | undefined) => v ?? null));
/** An optional list: absent or null on the wire, empty when parsed. */
const listOrEmpty = <T extends z.ZodMiniType>(item: T) => z.pipe(z.nullish(z.array(item)), z.transform((v: z.output<T>[] | null | undefined) => v ?? []));
const phasesField = z.union([z.literal(1), z.literal(3)]);

export const LimitSchema = z.object({
  max_power_w: orNull(wattsField),
  max_current_a: orNull(amperesField),
  phases: orNull(phasesField),
  /** DEFAULT_CAPACITY, SAFE_CAPACITY, RATED, or any other string (shown verbatim). */
  source: orNull(z.string()),
});
export type NodeLimit = z.output<typeof LimitSchema>;

/** Every asset field is optional; which ones appear depends on the node's kind. */
export const AssetSchema = z.object({
  // grid connections and circuits
  circuit_id: z.nullish(z.string()),
  default_capacity_w: z.nullish(wattsField),
  safe_capacity_w: z.nullish(wattsField),
  breaker_rating_a: z.nullish(amperesField),
  voltage_v: z.nullish(z.number()),
  phases: z.nullish(z.number().check(z.int())),
  // charge points
  ocpp_id: z.nullish(z.string()),
  vendor: z.nullish(z.string()),
  model: z.nullish(z.string()),
  serial_number: z.nullish(z.string()),
  firmware_version: z.nullish(z.string()),
  /** OCPP ConnectorPhaseRotation: which grid phases the charger's L1, L2, L3 are wired to; kept verbatim. */
  phase_rotation: z.nullish(z.string()),
  /** AC or DC on charge points; AC_1_PHASE, AC_3_PHASE or DC on connectors. */
  power_type: z.nullish(z.string()),
  evse_count: z.nullish(z.number().check(z.int(), z.nonnegative())),
  max_power_w: z.nullish(wattsField),
  /** OCPP-style status; unknown values are shown verbatim. */
  status: z.nullish(z.string()),
  // connectors
  connector_id: z.nullish(z.union([z.number(), z.string()])),
  evse_id: z.nullish(z.union([z.number(), z.string()])),
  standard: z.nullish(z.string()),
  max_current_a: z.nullish(amperesField),
  max_voltage_v: z.nullish(z.number()),
});
export type NodeAsset = z.output<typeof AssetSchema>;

export const MicrogridNodeSchema = z.object({
  id: nodeId,
  kind: z.pipe(z.string().check(z.minLength(1)), z.transform((k) => k as NodeKind)),
  parent_id: z.nullable(nodeId),
  name: orNull(z.string()),
  limit: orNull(LimitSchema),
  asset: z.pipe(z.nullish(AssetSchema), z.transform((v) => v ?? {})),
});
export type MicrogridNode = z.output<typeof MicrogridNodeSchema>;
export type MicrogridNodeWire = z.input<typeof MicrogridNodeSchema>;

export const IssueRefSchema = z.object({
  type: z.string(),
  id: z.string(),
  name: z.nullish(z.string()),
});
export type IssueRef = z.output<typeof IssueRefSchema>;

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TopologyIssueSchema = z.object({
  /** A catalog code, or an unknown one (shown with its message, never dropped). */
  code: z.string().check(z.minLength(1)),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  entity: IssueRefSchema,
  related: listOrEmpty(IssueRefSchema),
  /** RFC 6901 pointer into the site data. */
  pointer: orNull(z.string()),
});
export type TopologyIssue = z.output<typeof TopologyIssueSchema>;
export type TopologyIssueWire = z.input<typeof TopologyIssueSchema>;

export const MicrogridTopologySchema = z.object({
  microgrid_id: z.string(),
  depot_id: z.string(),
  name: orNull(z.string()),
  usable_power_calculation_version: z.number().check(z.int()),
  /** RFC 3339 UTC. */
  generated_at: z.string(),
  nodes: z.array(MicrogridNodeSchema),
  warnings: listOrEmpty(TopologyIssueSchema),
});
export type MicrogridTopology = z.output<typeof MicrogridTopologySchema>;
export type MicrogridTopologyWire = z.input<typeof MicrogridTopologySchema>;

/**
 * RFC 9457 problem details, as far as the app can rely on them. `errors` is kept raw here and
 * parsed on its own (see `parseTopologyProblem`) so that a problem whose `errors` is missing or
 * malformed still shows its title and detail.
 */
export const ProblemSchema = z.object({
  type: z.nullish(z.string()),
  title: z.nullish(z.string()),
  status: z.nullish(z.number().check(z.int())),
  detail: z.nullish(z.string()),
  instance: z.nullish(z.string()),
  depot_id: z.nullish(z.string()),
  microgrid_id: z.nullish(z.string()),
  errors: z.optional(z.unknown()),
});
export type ProblemBase = z.output<typeof ProblemSchema>;

/** The full 422 body as the contract writes it (used to type what the mock backend sends). */
export const TopologyProblemSchema = z.extend(ProblemSchema, {
  type: z.string(),
  title: z.string(),
  status: z.literal(422),
  detail: z.string(),
  errors: z.array(TopologyIssueSchema),
});
export type TopologyProblemWire = z.input<typeof TopologyProblemSchema>;
