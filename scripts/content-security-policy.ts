/**
 * The Content-Security-Policy of the built app. The API origin is known only when the app is
 * deployed (config.json), so the serving side sets this header; `npm run preview` does it here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRuntimeConfig } from '../src/api/runtime-config.ts';

/** The origin of an API base URL; null for '' (same origin, covered by 'self') or a non-URL. */
export function apiOrigin(apiBaseUrl: string): string | null {
  if (apiBaseUrl === '') return null;
  try {
    return new URL(apiBaseUrl).origin;
  } catch {
    return null;
  }
}

/**
 * Scripts and everything else only from the app's own origin; connections to it (for config.json)
 * and to the API origin; no plugins, no framing, no <base> or form target elsewhere. Styles also
 * inline: the site-file editor (CodeMirror) writes its theme into <style> elements at run time.
 */
export function contentSecurityPolicy(apiBaseUrl: string): string {
  const api = apiOrigin(apiBaseUrl);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${api === null ? '' : ` ${api}`}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The API base URL the app in `outDir` will call: config.json's `apiBaseUrl`, else the build's.
 * An unreadable config.json leaves only the build's value (the app itself then says what is wrong).
 */
export function deployedApiBaseUrl(outDir: string, buildDefault: string): string {
  let text: string;
  try {
    text = readFileSync(join(outDir, 'config.json'), 'utf8');
  } catch {
    return buildDefault;
  }
  try {
    return parseRuntimeConfig(JSON.parse(text)).apiBaseUrl ?? buildDefault;
  } catch {
    return buildDefault;
  }
}
