import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, deployedApiBaseUrl } from '../../scripts/content-security-policy';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('contentSecurityPolicy', () => {
  it('allows scripts from the app only and connections to the app and the API origin only', () => {
    const policy = directives(contentSecurityPolicy('https://core.example.com/v1'));
    expect(policy.get('script-src')).toBe("'self'");
    // Inline styles only: the site-file editor writes its theme into <style> elements.
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('connect-src')).toBe("'self' https://core.example.com");
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  it('allows only the app origin when the API is on the same origin', () => {
    expect(directives(contentSecurityPolicy('')).get('connect-src')).toBe("'self'");
  });
});

describe('deployedApiBaseUrl', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const outDir = (configJson?: string) => {
    dir = mkdtempSync(join(tmpdir(), 'csp-'));
    if (configJson !== undefined) writeFileSync(join(dir, 'config.json'), configJson);
    return dir;
  };

  it('takes config.json’s apiBaseUrl, else the build’s', () => {
    expect(deployedApiBaseUrl(outDir('{"apiBaseUrl":"https://run.example.com"}'), 'https://build.example.com')).toBe('https://run.example.com');
    expect(deployedApiBaseUrl(outDir('{"timeoutMs":100}'), 'https://build.example.com')).toBe('https://build.example.com');
    expect(deployedApiBaseUrl(outDir(), '')).toBe('');
  });

  it('never widens the policy for an invalid config.json', () => {
    expect(deployedApiBaseUrl(outDir('{"apiBaseUrl":"javascript:x"}'), '')).toBe('');
    expect(deployedApiBaseUrl(outDir('not json'), '')).toBe('');
  });
});
