/**
 * Units of the domain. Data carries watts; the screen shows kilowatts. Brands keep the two (and
 * amperes) from being mixed by accident: a plain number must be converted on purpose.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Watts = Brand<number, 'Watts'>;
export type Kilowatts = Brand<number, 'Kilowatts'>;
/** Current per phase. */
export type Amperes = Brand<number, 'Amperes'>;

export const watts = (value: number): Watts => value as Watts;
export const amperes = (value: number): Amperes => value as Amperes;
export const toKilowatts = (w: Watts): Kilowatts => (w / 1000) as Kilowatts;

/** Line-to-neutral voltage the domain assumes when none is given. */
export const NOMINAL_VOLTAGE_V = 230;

/** Power drawn by `current` per phase on `phases` phases at `voltageV` line-to-neutral. */
export function powerFromCurrent(current: Amperes, phases: number, voltageV = NOMINAL_VOLTAGE_V): Watts {
  return watts(current * phases * voltageV);
}

/** Current per phase needed for `power` on `phases` phases at `voltageV` line-to-neutral. */
export function currentFromPower(power: Watts, phases: number, voltageV = NOMINAL_VOLTAGE_V): Amperes {
  return amperes(power / (phases * voltageV));
}

/**
 * kW for the screen: one decimal place, none at or above 100 kW ("22.1 kW", "150 kW").
 * Trailing ".0" is kept below 100 kW so columns of values line up.
 */
// Formatters are built once: constructing one per call dominates when thousands of values are shown.
const KW_ONE_DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const KW_WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const UP_TO_ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatKilowatts(w: Watts | null | undefined): string {
  if (w === null || w === undefined || !Number.isFinite(w)) return '—';
  const kw = toKilowatts(w);
  return `${(Math.abs(kw) >= 100 ? KW_WHOLE : KW_ONE_DECIMAL).format(kw)} kW`;
}

export function formatAmperes(a: Amperes | null | undefined): string {
  if (a === null || a === undefined || !Number.isFinite(a)) return '—';
  return `${UP_TO_ONE_DECIMAL.format(a)} A`;
}

/** "150,000 W": the exact figure next to the rounded kW. */
export function formatWatts(w: Watts): string {
  return `${UP_TO_ONE_DECIMAL.format(w)} W`;
}

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "20,000": a count, grouped by thousands. */
export function formatCount(n: number): string {
  return WHOLE.format(n);
}

/** kW with exactly one decimal at any size ("5,880.0 kW"): for totals read side by side. */
export function formatKilowattsFixed(w: number): string {
  if (!Number.isFinite(w)) return '—';
  return `${KW_ONE_DECIMAL.format(w / 1000)} kW`;
}

/** "54%": a share of a cap, whole percent. */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '—';
  return `${WHOLE.format(share * 100)}%`;
}

/** W as a kW number with one decimal, for a field or a table cell ("150.0"); no unit, no grouping. */
export function kilowattsNumber(w: number): string {
  return (Math.round(w / 100) / 10).toFixed(1);
}

/** A kW figure typed by a user as whole watts; null unless it is a number of kW, 0 or more. */
export function wattsFromKilowattsText(text: string): number | null {
  const trimmed = text.trim();
  const kw = Number(trimmed);
  return trimmed !== '' && Number.isFinite(kw) && kw >= 0 ? Math.round(kw * 1000) : null;
}
