'use strict';

// Builds S3 event notifications in AWS's shape and writes them, one per line, to the sink.
// Only buckets named with --notify-bucket produce events.
const crypto = require('crypto');

// Form-URL encoding as S3 applies it to event keys (Java URLEncoder, keeping '/'):
// space -> '+', unreserved [A-Za-z0-9._*-/] kept, everything else UTF-8 percent-escaped.
function encodeEventKey(key) {
  return Array.from(Buffer.from(key, 'utf8'))
    .map(b => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9._*\-/]/.test(c)) return c;
      if (c === ' ') return '+';
      return '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
    .join('');
}

// Upper-case hex that grows with every event (so it grows per key): milliseconds * 2^20 + counter.
let lastSequence = 0n;
function nextSequencer() {
  const now = BigInt(Date.now()) << 20n;
  lastSequence = now > lastSequence ? now : lastSequence + 1n;
  return lastSequence.toString(16).toUpperCase().padStart(16, '0');
}

function randomHex(bytes) {
  return crypto.randomBytes(bytes).toString('hex').toUpperCase();
}

// eventName: e.g. 'ObjectCreated:Put'; object: { key, size?, eTag? }
function buildNotification(bucket, eventName, object, sourceIp) {
  const s3Object = { key: encodeEventKey(object.key) };
  if (eventName.startsWith('ObjectCreated:')) {
    s3Object.size = Number(object.size ?? 0);
    if (object.eTag) s3Object.eTag = object.eTag.replace(/"/g, '');
  }
  s3Object.sequencer = nextSequencer();
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName,
        userIdentity: { principalId: 'AWS:S3RVER' },
        requestParameters: { sourceIPAddress: sourceIp || '127.0.0.1' },
        responseElements: { 'x-amz-request-id': randomHex(8), 'x-amz-id-2': crypto.randomBytes(32).toString('base64') },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 's3host',
          bucket: { name: bucket, ownerIdentity: { principalId: 'S3RVER' }, arn: `arn:aws:s3:::${bucket}` },
          object: s3Object,
        },
      },
    ],
  };
}

class EventPublisher {
  constructor(notifyBuckets, writeLine, log) {
    this.notifyBuckets = new Set(notifyBuckets);
    this.writeLine = writeLine;
    this.log = log;
  }

  // Never throws: a failing publisher must not turn a stored object into a 500.
  publish(bucket, eventName, object, sourceIp) {
    if (!this.notifyBuckets.has(bucket)) return;
    try {
      this.writeLine('EVENT ' + JSON.stringify(buildNotification(bucket, eventName, object, sourceIp)));
    } catch (err) {
      this.log(`event for ${bucket}/${object.key} not published: ${err.stack || err}`);
    }
  }
}

// Maps an s3rver event record plus the operation that caused it to AWS's event name.
function awsEventName(s3rverEventName, operation) {
  if (operation === 'CompleteMultipartUpload') return 'ObjectCreated:CompleteMultipartUpload';
  return s3rverEventName;
}

module.exports = { EventPublisher, encodeEventKey, awsEventName };
