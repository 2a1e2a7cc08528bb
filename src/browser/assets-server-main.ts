// Entry point of the detached guide server that `kg neo4j start` launches beside Neo4j:
//   node assets-server-main.js --port PORT
// Listens on 127.0.0.1 only; exits on SIGTERM/SIGINT (what `kg neo4j stop` sends).
import { readBrowserAssets } from './browser-assets';
import { createAssetsServer } from './assets-server';

const portArg = process.argv.indexOf('--port');
const port = Number(portArg >= 0 ? process.argv[portArg + 1] : NaN);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write('usage: assets-server-main --port PORT\n');
  process.exit(2);
}
const server = createAssetsServer(readBrowserAssets());
server.listen(port, '127.0.0.1', () => process.stdout.write(`newsgraph Browser guide on http://127.0.0.1:${port}/guide.html\n`));
const stop = (): void => void server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
