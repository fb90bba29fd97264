/**
 * The microgrid API contract as zod schemas. Types are inferred from them: `z.input` is the wire
 * shape (what the backend and the mock send), `z.output` the parsed shape the app works with,
 * where watts, amperes and node ids carry brands.
 *
 * Tolerance, as the contract asks: unknown fields are dropped, and kinds, issue codes, statuses
 * and limit sources are open strings (the known values are listed for display, not enforced).
 */
import { z } from 'zod';
import type { Amperes, Watts } from '../units';

export const KNOWN_NODE_KINDS = ['MICROGRID', 'GRID_CONNECTION', 'CIRCUIT', 'CHARGE_POINT', 'CONNECTOR'] as const;
export type KnownNodeKind = (typeof KNOWN_NODE_KINDS)[number];
/** Open set: any other string is an unknown kind, drawn as a generic node. */
export type NodeKind = KnownNodeKind | (string & {});

export const KNOWN_LIMIT_SOURCES = ['DEFAULT_CAPACITY', 'SAFE_CAPACITY', 'RATED'] as const;

export const KNOWN_STATUSES = [
  'Available', 'Preparing', 'Charging', 'SuspendedEV', 'SuspendedEVSE', 'Finishing', 'Faulted', 'Unavailable', 'Offline',
] as const;

const nodeId = z.string().min(1).brand<'NodeId'>();
export type NodeId = z.output<typeof nodeId>;
export const asNodeId = (id: string): NodeId => id as NodeId;

// Caps and ratings are non-negative finite numbers (zod 4 numbers already reject NaN and ±Infinity).
const wattsField = z.number().nonnegative().transform((w) => w as Watts);
const amperesField = z.number().nonnegative().transform((a) => a as Amperes);
const phasesField = z.union([z.literal(1), z.literal(3)]);

export const LimitSchema = z.object({
  max_power_w: wattsField.nullish().transform((v) => v ?? null),
  max_current_a: amperesField.nullish().transform((v) => v ?? null),
  phases: phasesField.nullish().transform((v) => v ?? null),
  /** DEFAULT_CAPACITY, SAFE_CAPACITY, RATED, or any other string (shown verbatim). */
  source: z.string().nullish().transform((v) => v ?? null),
});
export type NodeLimit = z.output<typeof LimitSchema>;

/** Every asset field is optional; which ones appear depends on the node's kind. */
export const AssetSchema = z.object({
  // grid connections and circuits
  circuit_id: z.string().nullish(),
  default_capacity_w: wattsField.nullish(),
  safe_capacity_w: wattsField.nullish(),
  breaker_rating_a: amperesField.nullish(),
  voltage_v: z.number().nullish(),
  phases: z.number().int().nullish(),
  // charge points
  ocpp_id: z.string().nullish(),
  vendor: z.string().nullish(),
  model: z.string().nullish(),
  serial_number: z.string().nullish(),
  firmware_version: z.string().nullish(),
  /** AC or DC on charge points; AC_1_PHASE, AC_3_PHASE or DC on connectors. */
  power_type: z.string().nullish(),
  evse_count: z.number().int().nonnegative().nullish(),
  max_power_w: wattsField.nullish(),
  /** OCPP-style status; unknown values are shown verbatim. */
  status: z.string().nullish(),
  // connectors
  connector_id: z.union([z.number(), z.string()]).nullish(),
  evse_id: z.union([z.number(), z.string()]).nullish(),
  standard: z.string().nullish(),
  max_current_a: amperesField.nullish(),
  max_voltage_v: z.number().nullish(),
});
export type NodeAsset = z.output<typeof AssetSchema>;

export const MicrogridNodeSchema = z.object({
  id: nodeId,
  kind: z.string().min(1).transform((k) => k as NodeKind),
  parent_id: nodeId.nullable(),
  name: z.string().nullish().transform((v) => v ?? null),
  limit: LimitSchema.nullish().transform((v) => v ?? null),
  asset: AssetSchema.nullish().transform((v) => v ?? {}),
});
export type MicrogridNode = z.output<typeof MicrogridNodeSchema>;
export type MicrogridNodeWire = z.input<typeof MicrogridNodeSchema>;

export const IssueRefSchema = z.object({
  type: z.string(),
  id: z.string(),
  name: z.string().nullish(),
});
export type IssueRef = z.output<typeof IssueRefSchema>;

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TopologyIssueSchema = z.object({
  /** A catalog code, or an unknown one (shown with its message, never dropped). */
  code: z.string().min(1),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  entity: IssueRefSchema,
  related: z.array(IssueRefSchema).nullish().transform((v) => v ?? []),
  /** RFC 6901 pointer into the site data. */
  pointer: z.string().nullish().transform((v) => v ?? null),
});
export type TopologyIssue = z.output<typeof TopologyIssueSchema>;
export type TopologyIssueWire = z.input<typeof TopologyIssueSchema>;

export const MicrogridTopologySchema = z.object({
  microgrid_id: z.string(),
  depot_id: z.string(),
  name: z.string().nullish().transform((v) => v ?? null),
  usable_power_calculation_version: z.number().int(),
  /** RFC 3339 UTC. */
  generated_at: z.string(),
  nodes: z.array(MicrogridNodeSchema),
  warnings: z.array(TopologyIssueSchema).nullish().transform((v) => v ?? []),
});
export type MicrogridTopology = z.output<typeof MicrogridTopologySchema>;
export type MicrogridTopologyWire = z.input<typeof MicrogridTopologySchema>;

/**
 * RFC 9457 problem details, as far as the app can rely on them. `errors` is kept raw here and
 * parsed on its own (see `parseTopologyProblem`) so that a problem whose `errors` is missing or
 * malformed still shows its title and detail.
 */
export const ProblemSchema = z.object({
  type: z.string().nullish(),
  title: z.string().nullish(),
  status: z.number().int().nullish(),
  detail: z.string().nullish(),
  instance: z.string().nullish(),
  depot_id: z.string().nullish(),
  microgrid_id: z.string().nullish(),
  errors: z.unknown().optional(),
});
export type ProblemBase = z.output<typeof ProblemSchema>;

/** The full 422 body as the contract writes it (used to type what the mock backend sends). */
export const TopologyProblemSchema = ProblemSchema.extend({
  type: z.string(),
  title: z.string(),
  status: z.literal(422),
  detail: z.string(),
  errors: z.array(TopologyIssueSchema),
});
export type TopologyProblemWire = z.input<typeof TopologyProblemSchema>;
