import { createContext, useContext } from 'react';
import { readApiConfig, type ApiConfig } from '../api';

export const ApiConfigContext = createContext<ApiConfig | null>(null);

/** The provided config, or the build's one when none was provided. */
export function useApiConfig(): ApiConfig {
  const provided = useContext(ApiConfigContext);
  return provided ?? defaultConfig();
}

let fromEnv: ApiConfig | null = null;
function defaultConfig(): ApiConfig {
  fromEnv ??= readApiConfig();
  return fromEnv;
}
