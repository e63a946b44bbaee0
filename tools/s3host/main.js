'use strict';

// Local S3 for ThumbnailService: s3rver on 127.0.0.1 plus the fixes it needs to behave like S3
// for the AWS SDKs (see /work/shared/NOTES.md). Protocol on stdout, one line each:
//   READY {"endpoint":"http://127.0.0.1:PORT","port":PORT}
//   EVENT {"Records":[...]}
// Everything else goes to stderr. Exits on SIGTERM/SIGINT and when stdin closes.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');

const { installDesShim } = require('./continuation-token');
installDesShim();
const S3rver = require('s3rver');
const { createHostMiddleware } = require('./middleware');
const { createRequestLog } = require('./request-log');
const { EventPublisher } = require('./events');
const { serialiseDeletes, keepKeysInsideBuckets } = require('./store-fixes');
const { fixErrorXml } = require('./error-xml');

fixErrorXml();

const writeProtocol = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr); // keep stdout for the protocol only
const log = message => process.stderr.write(`[s3host] ${message}\n`);

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    bucket: { type: 'string', multiple: true, default: [] },
    'notify-bucket': { type: 'string', multiple: true, default: [] },
    data: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'ignore-stdin': { type: 'boolean', default: false },
  },
});

const temporaryData = !options.data;
const directory = options.data
  ? path.resolve(options.data)
  : fs.mkdtempSync(path.join(os.tmpdir(), 's3host-'));
fs.mkdirSync(directory, { recursive: true });
const notifyBuckets = options['notify-bucket'];
const buckets = [...new Set([...options.bucket, ...notifyBuckets])];

const server = new S3rver({
  address: '127.0.0.1',
  port: Number(options.port),
  directory,
  silent: options.quiet,
  vhostBuckets: false,
  configureBuckets: buckets.map(name => ({ name })),
});
serialiseDeletes(server.store);
keepKeysInsideBuckets(server.store);
const publisher = new EventPublisher(notifyBuckets, line => writeProtocol(line + '\n'), log);
const middleware = createHostMiddleware(server, publisher, log);
const routerIndex = server.middleware.findIndex(fn => fn.router);
if (routerIndex < 0) throw new Error('s3rver layout changed: router middleware not found');
server.middleware.splice(routerIndex, 0, middleware);
server.middleware.unshift(createRequestLog(line => process.stderr.write(line + '\n')));

let stopping = false;
function stop(code, reason) {
  if (stopping) return;
  stopping = true;
  log(`stopping (${reason})`);
  try {
    server.httpServer?.closeAllConnections();
    server.httpServer?.close();
    if (temporaryData) fs.rmSync(directory, { recursive: true, force: true });
  } catch (err) {
    log(`cleanup failed: ${err}`);
  }
  process.exit(code);
}

process.on('SIGTERM', () => stop(0, 'SIGTERM'));
process.on('SIGINT', () => stop(0, 'SIGINT'));
process.on('uncaughtException', err => {
  log(`fatal: ${err.stack || err}`);
  stop(1, 'uncaught exception');
});
if (!options['ignore-stdin']) {
  process.stdin.on('end', () => stop(0, 'stdin closed'));
  process.stdin.on('error', () => stop(0, 'stdin error'));
  process.stdin.resume();
}

server.run().then(
  ({ port }) => {
    log(`data in ${directory}; buckets: ${buckets.join(', ') || '(none)'}; events for: ${notifyBuckets.join(', ') || '(none)'}`);
    writeProtocol(`READY ${JSON.stringify({ endpoint: `http://127.0.0.1:${port}`, port })}\n`);
  },
  err => {
    log(`could not start: ${err.stack || err}`);
    stop(1, 'start failure');
  },
);
