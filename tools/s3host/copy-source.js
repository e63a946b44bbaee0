'use strict';

// The .NET SDK sends `x-amz-copy-source: bucket%2Fkey` (fully percent-encoded) while s3rver only
// applies decodeURI. Decode fully, then re-encode with encodeURI so s3rver's decodeURI yields
// exactly the source key (also for keys containing `%`, `+`, spaces or non-ASCII).
function fixCopySource(headers) {
  const raw = headers['x-amz-copy-source'];
  if (!raw) return;
  const withoutVersion = raw.replace(/\?versionId=.*$/, '');
  let decoded;
  try {
    decoded = decodeURIComponent(withoutVersion);
  } catch {
    return; // leave malformed values to s3rver's own error
  }
  headers['x-amz-copy-source'] = encodeURI(decoded);
}

module.exports = { fixCopySource };
