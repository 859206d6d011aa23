/** `docusaurus start` on a free loopback port, for the tests that read a site as its author does. */
import {spawn} from 'node:child_process';
import net from 'node:net';

export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const {port} = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs `node <cli> start [siteDir]` and resolves once the first compile is done.
 * `args` go before the port options: the CLI, then `start` and the site.
 */
export async function startDevServer(node: string, args: string[], {cwd, env}: {cwd?: string; env: NodeJS.ProcessEnv}): Promise<DevServer> {
  const port = await freePort();
  const server = spawn(node, [...args, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
  let log = '';
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!/compiled successfully/i.test(log)) {
    if (Date.now() > deadline || server.exitCode !== null) {
      server.kill('SIGTERM');
      throw new Error(`docusaurus start did not come up:\n${log.slice(-6000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {url: `http://127.0.0.1:${port}`, log: () => log, stop: () => server.kill('SIGTERM')};
}
