/**
 * `npm run mock-api`: the mock backend over HTTP on 127.0.0.1.
 *
 *   PORT                 port to listen on (default 8787; 0 picks a free one)
 *   MOCK_API_TOKEN       when set, requests need `Authorization: Bearer <token>` (else 401)
 *   MOCK_API_ACCOUNT_ID, MOCK_API_WORKSPACE_ID
 *                        with a token: the tenant headers that must match (else 403)
 */
import { close, createMockApiServer, listen } from './http-server';

const DEFAULT_PORT = 8787;

function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}".`);
  return port;
}

const optional = (value: string | undefined) => (value === undefined || value.trim() === '' ? null : value.trim());

async function main(): Promise<void> {
  const port = portFrom(process.env.PORT);
  const token = optional(process.env.MOCK_API_TOKEN);
  const credentials = token === null ? null : { token, accountId: optional(process.env.MOCK_API_ACCOUNT_ID), workspaceId: optional(process.env.MOCK_API_WORKSPACE_ID) };
  const server = createMockApiServer({ credentials });
  const actual = await listen(server, port);
  // Tests read this line to learn the port; the token itself is never printed.
  console.log(`Mock API listening on http://127.0.0.1:${actual}${credentials ? ' (bearer token required)' : ''}`);
  const stop = () => void close(server).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The mock API could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
