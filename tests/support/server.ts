/** Serves a built Docusaurus site from disk on a free loopback port. */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function resolve(dir: string, pathname: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(dir, clean);
  for (const candidate of [base, path.join(base, 'index.html'), `${base}.html`]) {
    if (candidate.startsWith(dir) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
      return candidate;
    }
  }
  return undefined;
}

export async function serve(dir: string): Promise<{url: string; close: () => Promise<void>}> {
  const server = http.createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://localhost');
    const file = resolve(dir, pathname);
    const status = file ? 200 : 404;
    const body = fs.readFileSync(file ?? path.join(dir, '404.html'));
    response.writeHead(status, {'content-type': TYPES[path.extname(file ?? '.html')] ?? 'application/octet-stream'});
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
