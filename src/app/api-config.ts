import { createContext, useContext, useMemo } from 'react';
import { getSessionToken, readApiConfig, type ApiConfig } from '../api';

export const ApiConfigContext = createContext<ApiConfig | null>(null);

/**
 * The provided config, or the build's one when none was provided; requests carry the token the
 * user signed in with, when there is one, in place of the configured one.
 */
export function useApiConfig(): ApiConfig {
  const provided = useContext(ApiConfigContext) ?? defaultConfig();
  return useMemo(() => ({ ...provided, sessionToken: provided.sessionToken ?? getSessionToken }), [provided]);
}

let fromEnv: ApiConfig | null = null;
function defaultConfig(): ApiConfig {
  fromEnv ??= readApiConfig();
  return fromEnv;
}
