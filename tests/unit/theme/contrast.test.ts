/**
 * WCAG 2.1 AA contrast of the theme's colour pairs, in the light and the dark theme, computed from
 * the tokens in src/app/theme.css: text 4.5:1; controls, focus rings, status dots, edges and other
 * meaningful graphics 3:1. Semi-transparent tokens are composited over the surface they sit on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/app/theme.css', import.meta.url), 'utf8');

function tokensOf(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in theme.css`);
  const body = css.slice(start, css.indexOf('\n}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const light = tokensOf(':root');
const dark = new Map([...light, ...tokensOf(":root[data-theme='dark']")]);

type Rgb = [number, number, number];

function parse(value: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const n = Number.parseInt(hex[1]!, 16);
    return { rgb: [(n >> 16) & 255, (n >> 8) & 255, n & 255], alpha: 1 };
  }
  const rgb = /^rgb\((\d+) (\d+) (\d+)(?: \/ (\d+)%)?\)$/.exec(value);
  if (rgb) return { rgb: [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])], alpha: rgb[4] === undefined ? 1 : Number(rgb[4]) / 100 };
  throw new Error(`unreadable colour ${value}`);
}

function colour(tokens: Map<string, string>, name: string, over?: string): Rgb {
  const value = tokens.get(name);
  if (value === undefined) throw new Error(`no token ${name}`);
  const { rgb, alpha } = parse(value);
  if (alpha === 1) return rgb;
  const base = colour(tokens, over ?? '--surface');
  return rgb.map((c, i) => Math.round(c * alpha + base[i]! * (1 - alpha))) as Rgb;
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const SURFACES = ['--bg', '--surface', '--selected-bg'];
const TEXT = 4.5;
const UI = 3;

/** [foreground, backgrounds, minimum, what it is] */
const PAIRS: Array<[string, string[], number, string]> = [
  ['--text', [...SURFACES, '--warning-bg', '--error-bg'], TEXT, 'body text'],
  ['--text-muted', [...SURFACES, '--warning-bg', '--error-bg'], TEXT, 'secondary text'],
  ['--link', SURFACES, TEXT, 'links and text buttons'],
  ['--error', [...SURFACES, '--error-bg'], TEXT, 'error text and badges'],
  ['--warning', [...SURFACES, '--warning-bg'], TEXT, 'warning text and badges'],
  ['--ok', SURFACES, TEXT, '"no warnings" text'],
  ['--code-property', ['--surface', '--code-selection'], TEXT, 'editor: property names'],
  ['--code-string', ['--surface', '--code-selection'], TEXT, 'editor: strings'],
  ['--code-number', ['--surface', '--code-selection'], TEXT, 'editor: numbers'],
  ['--code-atom', ['--surface', '--code-selection'], TEXT, 'editor: true, false, null'],
  ['--code-punctuation', ['--surface', '--code-selection'], TEXT, 'editor: punctuation'],
  ['--text', ['--code-selection'], TEXT, 'editor: selected text'],
  ['--focus', [...SURFACES, '--warning-bg', '--error-bg'], UI, 'focus ring'],
  ['--selected-border', SURFACES, UI, 'selection outline'],
  ['--border-strong', [...SURFACES, '--warning-bg', '--error-bg'], UI, 'control edges'],
  ['--edge', ['--bg'], UI, 'graph edges'],
  ['--kind-microgrid', SURFACES, UI, 'kind icon and card edge'],
  ['--kind-grid-connection', SURFACES, UI, 'kind icon and card edge'],
  ['--kind-circuit', SURFACES, UI, 'kind icon and card edge'],
  ['--kind-charge-point', SURFACES, UI, 'kind icon, card edge, "busy" status dot'],
  ['--kind-connector', SURFACES, UI, 'kind icon and card edge'],
  ['--kind-unknown', SURFACES, UI, 'kind icon, status dot, minimap node'],
  ['--ok', SURFACES, UI, '"ok" status dot'],
  ['--error', SURFACES, UI, '"faulted" status dot'],
  ['--text-muted', SURFACES, UI, '"off" status dot'],
  ['--load-full-text', SURFACES, TEXT, 'preview: "binding" beside a load bar'],
  ['--load-track-border', SURFACES, UI, 'preview: the edge of a load bar'],
  ['--load-low', [...SURFACES, '--load-track'], UI, 'preview: load bar fill, under 80%'],
  ['--load-high', [...SURFACES, '--load-track'], UI, 'preview: load bar fill, 80% and over'],
  ['--load-full', [...SURFACES, '--load-track'], UI, 'preview: load bar fill when full, binding outline'],
];

for (const [theme, tokens] of [['light', light], ['dark', dark]] as const) {
  describe(`the ${theme} theme`, () => {
    const rows = PAIRS.flatMap(([fg, bgs, min, what]) => bgs.map((bg) => ({ fg, bg, min, what })));
    it.each(rows)('$fg on $bg ≥ $min:1 ($what)', ({ fg, bg, min }) => {
      const ratio = contrast(colour(tokens, fg, bg), colour(tokens, bg));
      expect(Math.round(ratio * 100) / 100).toBeGreaterThanOrEqual(min);
    });

    it('the minimap mask still lets the nodes under it stand out', () => {
      const masked = colour(tokens, '--minimap-mask', '--surface');
      for (const kind of ['--kind-microgrid', '--kind-grid-connection', '--kind-circuit', '--kind-charge-point', '--kind-connector', '--kind-unknown']) {
        expect(contrast(colour(tokens, kind), masked)).toBeGreaterThanOrEqual(UI);
      }
    });
  });
}
