'use strict';

// Conditional writes and reads as S3 answers them (s3rver ignores them):
// PUT/CopyObject/CompleteMultipartUpload with `If-None-Match: *` on an existing key -> 412,
// with `If-Match` not matching (or no object) -> 412 / 404; GET/HEAD `If-Match` not matching -> 412.
// Conditional writes to one key are serialised so check-then-write cannot interleave.
const S3Error = require('s3rver/lib/models/error');

const WRITE_OPERATIONS = ['PutObject', 'CopyObject', 'CompleteMultipartUpload'];
const READ_OPERATIONS = ['GetObject', 'HeadObject'];
const keyLocks = new Map();

async function currentEtag(store, bucket, key) {
  try {
    const metadata = await store.getMetadata(bucket, key);
    return metadata.etag.replace(/"/g, '');
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function etagListMatches(header, etag) {
  return header
    .split(',')
    .map(s => s.trim().replace(/^W\//, '').replace(/"/g, ''))
    .some(candidate => candidate === '*' || candidate === etag);
}

function preconditionFailed(condition) {
  return new S3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', {
    Condition: condition,
  });
}

function checkWrite(headers, etag, key) {
  const ifNoneMatch = headers['if-none-match'];
  const ifMatch = headers['if-match'];
  if (ifNoneMatch !== undefined && ifNoneMatch.trim() === '*' && etag !== null) throw preconditionFailed('If-None-Match');
  if (ifMatch !== undefined) {
    if (etag === null) throw new S3Error('NoSuchKey', 'The specified key does not exist.', { Key: key });
    if (!etagListMatches(ifMatch, etag)) throw preconditionFailed('If-Match');
  }
}

async function withKeyLock(lockKey, action) {
  const previous = keyLocks.get(lockKey) || Promise.resolve();
  const run = previous.then(action, action);
  const tail = run.catch(() => {});
  keyLocks.set(lockKey, tail);
  try {
    return await run;
  } finally {
    if (keyLocks.get(lockKey) === tail) keyLocks.delete(lockKey);
  }
}

async function enforceConditions(ctx, info, next) {
  const { headers } = ctx;
  const conditional = headers['if-none-match'] !== undefined || headers['if-match'] !== undefined;
  if (conditional && WRITE_OPERATIONS.includes(info.operation)) {
    return withKeyLock(`${info.bucket}/${info.key}`, async () => {
      checkWrite(headers, await currentEtag(ctx.store, info.bucket, info.key), info.key);
      await next();
    });
  }
  if (headers['if-match'] !== undefined && READ_OPERATIONS.includes(info.operation)) {
    const etag = await currentEtag(ctx.store, info.bucket, info.key);
    if (etag !== null && !etagListMatches(headers['if-match'], etag)) throw preconditionFailed('If-Match');
  }
  return next();
}

module.exports = { enforceConditions };
