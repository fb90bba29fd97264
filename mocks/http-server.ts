/**
 * The mock backend as a real HTTP server: the same MSW handlers the browser and the tests use,
 * served by `@mswjs/http-middleware`, with CORS for an app on another local origin and, on request,
 * the platform's access check in front (`./auth`).
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createMockApp } from '@mswjs/http-middleware';
import { credentialHandlers, type RequiredCredentials } from './auth';
import { handlers } from './handlers';

export interface MockApiOptions {
  /** Require this bearer token (and these tenant headers); null or absent serves everyone. */
  credentials?: RequiredCredentials | null;
}

/** Request headers the app sends that a browser must be allowed to send across origins. */
const ALLOWED_HEADERS = 'accept, authorization, x-account-id, x-workspace-id, x-depot-id';
const EXPOSED_HEADERS = 'retry-after, www-authenticate';

/** Any page served from this machine (localhost, 127.0.0.1, [::1]) on any port. */
export function isLocalOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** CORS headers for a local origin; true when the request was a preflight, now answered. */
function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (origin === undefined || !isLocalOrigin(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  });
  res.end();
  return true;
}

/**
 * A handler's `HttpResponse.error()` (the network-failure scenario) reaches the middleware as
 * status 0, which Node cannot send: drop the connection instead, as a failing network would.
 */
function dropConnectionOnNetworkError(res: ServerResponse): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    if (res.statusCode !== 0) return end(...args);
    res.socket?.destroy();
    return res;
  }) as ServerResponse['end'];
}

export function createMockApiServer(options: MockApiOptions = {}): Server {
  const guard = options.credentials ? credentialHandlers(options.credentials) : [];
  const app = createMockApp(...guard, ...handlers);
  app.disable('x-powered-by');
  const server = createHttpServer((req, res) => {
    if (applyCors(req, res)) return;
    dropConnectionOnNetworkError(res);
    app(req, res);
  });
  return server;
}

/** Listens on 127.0.0.1 only; resolves with the port (useful with port 0). */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/** Stops listening and ends open connections, including the timeout scenario's, which never answer. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
