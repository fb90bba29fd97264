/**
 * A node's load in the allocation preview: a bar filled to its share of the cap, coloured by band
 * and marked by a glyph and words (never by colour alone), with the percentage and the headroom.
 */
import type { NodeLoad } from '../domain/allocation';
import { loadText } from '../domain/preview/load-text';
import './load-meter.css';

/** Glyphs beside the colour: the band reads without it. */
export const BAND_GLYPHS: ReadonlyMap<string, string> = new Map([
  ['low', '○'],
  ['high', '◐'],
  ['full', '●'],
]);

/** Three thin bars, L1 to L3, each a phase's current against the node's current cap. */
function PhaseBars({ currentA, capA }: { currentA: readonly number[]; capA: number }) {
  return (
    <span className="phase-bars" aria-hidden="true">
      {currentA.map((a, i) => {
        const share = capA > 0 ? Math.min(1, a / capA) : 0;
        return (
          <span key={i} className="phase-bars__bar" data-full={share >= 0.9995 || undefined} title={`L${i + 1}`}>
            <span className="phase-bars__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
          </span>
        );
      })}
    </span>
  );
}

export function LoadMeter({ load, compact = false }: { load: NodeLoad; compact?: boolean }) {
  const text = loadText(load);
  const capA = load.maxCurrentA;
  return (
    <span className="load-meter" data-band={text.band ?? undefined} data-binding={load.binding || undefined} data-compact={compact || undefined}>
      {text.fill !== null && (
        <span className="load-meter__track" aria-hidden="true">
          <span className="load-meter__fill" style={{ width: `${(text.fill * 100).toFixed(1)}%` }} />
        </span>
      )}
      {load.currentA !== undefined && capA !== undefined && capA !== null && <PhaseBars currentA={load.currentA} capA={capA} />}
      <span className="load-meter__text">
        {text.band !== null && <span aria-hidden="true">{BAND_GLYPHS.get(text.band)} </span>}
        {compact ? null : <>{text.flow}, </>}
        {text.percent ?? ''}
        {text.headroom !== null && (load.binding ? <strong className="load-meter__binding"> binding</strong> : <> · {text.headroom}</>)}
      </span>
    </span>
  );
}
