/**
 * The preview's session presets: every connector at its rating, a seeded share of them plugged in,
 * or the depot's scenario; their compact key (as the URL carries it), their label, and the sessions
 * each one gives on a topology.
 */
import type { Session } from '../allocation';
import { sampleOf } from '../allocation/sample-sessions';
import type { MicrogridNode, MicrogridTopology } from '../topology';
import { connectorsOf, copySession, inConnectorOrder, ratingsOf } from './connectors';

export type Preset = { kind: 'rated' } | { kind: 'plugged'; percent: number; seed: number } | { kind: 'scenario' };

export const DEFAULT_PRESET: Preset = { kind: 'rated' };

// Whole numbers without leading zeros: one spelling per preset, so the key round-trips exactly.
const PLUGGED = /^plugged-(0|[1-9]\d{0,2})-(0|[1-9]\d*)$/;

/** 'rated' | 'plugged-<percent>-<seed>' | 'scenario' → Preset; anything else (incl. percent outside 0..100 or not an integer, seed not a non-negative safe integer, leading zeros like '05', extra text) → null. */
export function parsePreset(text: string | null | undefined): Preset | null {
  if (text === 'rated') return { kind: 'rated' };
  if (text === 'scenario') return { kind: 'scenario' };
  const match = typeof text === 'string' ? PLUGGED.exec(text) : null;
  if (!match) return null;
  const percent = Number(match[1]);
  const seed = Number(match[2]);
  if (percent > 100 || !Number.isSafeInteger(seed)) return null;
  return { kind: 'plugged', percent, seed };
}

/** The exact inverse of parsePreset. */
export function presetKey(preset: Preset): string {
  return preset.kind === 'plugged' ? `plugged-${preset.percent}-${preset.seed}` : preset.kind;
}

/** A human label: 'Every connector at its rating', '40% plugged in (seed 7)', 'Scenario: <name>' (name passed in) */
export function presetLabel(preset: Preset, scenarioName?: string): string {
  switch (preset.kind) {
    case 'rated':
      return 'Every connector at its rating';
    case 'plugged':
      return `${preset.percent}% plugged in (seed ${preset.seed})`;
    case 'scenario':
      return scenarioName ? `Scenario: ${scenarioName}` : 'Scenario';
  }
}

/** AC minimum: 6 A per phase at 230 V on the connector's phases (1 or 3). */
export const AC_MIN_CURRENT_A = 6;
const VOLTS = 230;

/** An AC connector's minimum power, W; null for DC (or an unknown power type). */
function acMinimumW(node: MicrogridNode): number | null {
  const powerType = node.asset.power_type;
  if (typeof powerType !== 'string' || !powerType.startsWith('AC')) return null;
  const phases = node.limit?.phases ?? (powerType === 'AC_1_PHASE' ? 1 : 3);
  return AC_MIN_CURRENT_A * VOLTS * phases;
}

/** The sessions of a preset, in connector-id order (UTF-16 code units, as the allocator orders them):
 *  rated: every connector asking for its rating (sessionsAtRating: its own cap, else its charge point's, else the default), no minimum, priority 0 (leave the optional fields absent);
 *  plugged: sampleSessions with fraction percent/100 and the seed, each asking for its rating, and each AC connector (power_type starting with 'AC') with minPowerW = 6 × 230 × phases (phases: limit.phases, else 1 for AC_1_PHASE, else 3), capped at its request; DC connectors no minimum;
 *  scenario: the given scenario sessions, kept only where the connector exists (unknown or non-connector ids dropped), sorted by connector id; [] when scenario is null. */
export function presetSessions(topology: MicrogridTopology, preset: Preset, scenario: readonly Session[] | null): Session[] {
  switch (preset.kind) {
    // From the connector list kept for the topology: the same sessions as `sessionsAtRating` and
    // `sampleSessions` give, without reading every node again on each switch.
    case 'rated':
      return ratingsOf(topology).map((c) => ({ connectorId: c.id, requestedPowerW: c.ratingW }));
    case 'plugged': {
      const connectors = connectorsOf(topology);
      return sampleOf(ratingsOf(topology), { fraction: preset.percent / 100, seed: preset.seed }).map((session) => {
        const node = connectors.get(session.connectorId)?.node;
        const minimum = node ? acMinimumW(node) : null;
        return minimum === null ? session : { ...session, minPowerW: Math.min(minimum, session.requestedPowerW) };
      });
    }
    case 'scenario': {
      if (scenario === null) return [];
      const connectors = connectorsOf(topology);
      // One session per connector: should the scenario name one twice, its first session stands.
      const seen = new Set<string>();
      const kept = scenario.filter((s) => {
        if (!connectors.has(s.connectorId) || seen.has(s.connectorId)) return false;
        seen.add(s.connectorId);
        return true;
      });
      return inConnectorOrder(kept.map(copySession));
    }
  }
}
