/**
 * The editable fields of a session, one definition for every surface that edits them (the details
 * panel and the sessions table): the label, the step, the value shown, and the edit a typed text
 * makes (null when the text is not a value of the field).
 */
import type { Session } from '../allocation';
import { kilowattsNumber, wattsFromKilowattsText } from '../units';
import type { SessionEdit } from './edits';

type SessionValues = Pick<Session, 'requestedPowerW' | 'minPowerW' | 'priority'>;

export interface SessionField {
  readonly key: 'requested' | 'minimum' | 'priority';
  /** "Requested (kW)". */
  readonly label: string;
  /** The input's step: kW to one decimal, priorities whole. */
  readonly step: '0.1' | '1';
  /** The field's value, for sorting. */
  readonly value: (session: SessionValues) => number;
  readonly text: (session: SessionValues) => string;
  readonly edit: (text: string) => SessionEdit | null;
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  const n = Number(trimmed);
  return trimmed !== '' && Number.isSafeInteger(n) ? n : null;
}

export const SESSION_FIELDS: readonly SessionField[] = [
  {
    key: 'requested',
    label: 'Requested (kW)',
    step: '0.1',
    value: (s) => s.requestedPowerW,
    text: (s) => kilowattsNumber(s.requestedPowerW),
    edit: (text) => {
      const w = wattsFromKilowattsText(text);
      return w === null ? null : { requestedW: w };
    },
  },
  {
    key: 'minimum',
    label: 'Minimum (kW)',
    step: '0.1',
    value: (s) => s.minPowerW ?? 0,
    text: (s) => kilowattsNumber(s.minPowerW ?? 0),
    edit: (text) => {
      const w = wattsFromKilowattsText(text);
      return w === null ? null : { minW: w };
    },
  },
  {
    key: 'priority',
    label: 'Priority',
    step: '1',
    value: (s) => s.priority ?? 0,
    text: (s) => String(s.priority ?? 0),
    edit: (text) => {
      const p = wholeNumber(text);
      return p === null ? null : { priority: p };
    },
  },
];
