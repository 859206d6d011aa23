/** `docusaurus start` on a free loopback port, for the tests that read a site as its author does. */
import {spawn} from 'node:child_process';
import net from 'node:net';

export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  log(): string;
  /** Stops the server; resolves once it has exited. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const {port} = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function serves(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false; // not listening yet
  }
}

/**
 * Runs `node <cli> start [siteDir]` and resolves once it is up: with `ready`
 * (a pathname), once that page is served, asked every 100 ms (the bench
 * times this: the dev server holds requests until its first compile);
 * otherwise once the first compile is reported. `args` go before the port
 * options: the CLI, then `start` and the site.
 */
export async function startDevServer(
  node: string,
  args: string[],
  {cwd, env, ready}: {cwd?: string; env: NodeJS.ProcessEnv; ready?: string},
): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(node, [...args, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
  let log = '';
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async () => {
    server.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 120_000;
  while (!(ready === undefined ? /compiled successfully/i.test(log) : await serves(url + ready))) {
    if (Date.now() > deadline || server.exitCode !== null) {
      await stop();
      throw new Error(`docusaurus start did not come up:\n${log.slice(-6000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, ready === undefined ? 500 : 100));
  }
  return {url, log: () => log, stop};
}
