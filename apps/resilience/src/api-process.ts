/**
 * The API as its own operating-system process (`node apps/api/dist/cli.js serve`), the way it is
 * deployed, so a test can SIGKILL it mid-load and start it again on the same port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../api/dist/cli.js', import.meta.url));

/** A running (or killed) API process. */
export interface ApiProcess {
  readonly url: string;
  readonly port: number;
  /** SIGKILL: no shutdown hook runs, in-flight requests are cut. Resolves once it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port; resolves when `/ready` answers 200. */
  restart(): Promise<void>;
  /** Last lines the process wrote to stderr (for failure messages). */
  stderr(): string;
  /** Stops it (SIGTERM, then SIGKILL) if it still runs. */
  stop(): Promise<void>;
}

/** Options of {@link startApiProcess}. */
export interface ApiProcessOptions {
  port: number;
  /** Environment on top of the test's: `DATABASE_URL`, `TRUST_PROXY_HOPS`, … */
  env: Record<string, string>;
  args?: string[];
}

async function waitReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The API at ${url} was not ready within ${timeoutMs} ms`);
}

/** Spawns the CLI's `serve` and waits for `/ready`. */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess;
  let errors = '';
  const launch = async () => {
    child = spawn(process.execPath, [CLI, 'serve', '--host', '127.0.0.1', '--port', String(options.port), ...(options.args ?? [])], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-4000);
    });
    await waitReady(url, child);
  };
  const exited = () => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  await launch();
  return {
    url,
    port: options.port,
    async kill() {
      child.kill('SIGKILL');
      await exited();
    },
    restart: launch,
    stderr: () => errors,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited();
      clearTimeout(timer);
    },
  };
}

/** A free loopback port (bound and released at once). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
