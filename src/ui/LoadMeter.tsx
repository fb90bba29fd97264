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

export function LoadMeter({ load, compact = false }: { load: NodeLoad; compact?: boolean }) {
  const text = loadText(load);
  return (
    <span className="load-meter" data-band={text.band ?? undefined} data-binding={load.binding || undefined} data-compact={compact || undefined}>
      {text.fill !== null && (
        <span className="load-meter__track" aria-hidden="true">
          <span className="load-meter__fill" style={{ width: `${(text.fill * 100).toFixed(1)}%` }} />
        </span>
      )}
      <span className="load-meter__text">
        {text.band !== null && <span aria-hidden="true">{BAND_GLYPHS.get(text.band)} </span>}
        {compact ? null : <>{text.flow}, </>}
        {text.percent ?? ''}
        {text.headroom !== null && (load.binding ? <strong className="load-meter__binding"> binding</strong> : <> · {text.headroom}</>)}
      </span>
    </span>
  );
}
