/**
 * Starts `npm run mock-api` as its own process on a free port (PORT=0) and stops it, with its
 * whole process group, after the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningMockApi {
  url: string;
  stop: () => Promise<void>;
}

export function startMockApi(env: Record<string, string> = {}): Promise<RunningMockApi> {
  const child: ChildProcess = spawn('npm', ['run', '--silent', 'mock-api'], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid!, 'SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve({ url: match[1]!, stop });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`npm run mock-api exited (${code}) before listening:\n${output}`)));
  });
}
