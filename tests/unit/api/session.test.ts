import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSessionToken, readBearerToken, requestHeaders, signIn, signOut, subscribeToSession } from '../../../src/api';
import { config } from '../../fixtures/api';

afterEach(() => signOut());

describe('readBearerToken', () => {
  it('takes a token as pasted, with or without "Bearer "', () => {
    expect(readBearerToken('  eyJhbGciOi.eyJzdWIi.sig_-~+/==  ')).toEqual({ token: 'eyJhbGciOi.eyJzdWIi.sig_-~+/==' });
    expect(readBearerToken('Bearer abc123')).toEqual({ token: 'abc123' });
  });

  it('refuses an empty token and one a header cannot carry, without repeating it', () => {
    expect(readBearerToken('   ')).toEqual({ problem: 'Enter your access token.' });
    const refused = readBearerToken('secret with spaces\n');
    expect(refused).toEqual({ problem: 'A token holds only letters, digits and - . _ ~ + / (optionally ending in =).' });
  });
});

describe('the session token', () => {
  it('is held after signing in, announced to subscribers, and gone after signing out', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToSession(listener);
    signIn('tok-a');
    expect(getSessionToken()).toBe('tok-a');
    signOut();
    expect(getSessionToken()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('is read as each request is built, in place of the configured token', () => {
    const withSession = config({ token: 'tok-config', accountId: 'acc', sessionToken: getSessionToken });
    expect(requestHeaders('dep-1', withSession).Authorization).toBe('Bearer tok-config');
    signIn('tok-user');
    expect(requestHeaders('dep-1', withSession)).toMatchObject({ Authorization: 'Bearer tok-user', 'x-account-id': 'acc', 'x-depot-id': 'dep-1' });
  });
});
