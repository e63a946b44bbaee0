'use strict';

// One plain line per request on stderr, `REQUEST <METHOD> <decoded path> <status>`, so tests and people can see
// exactly which S3 calls were made (s3rver's own request log is not machine-readable).
function createRequestLog(write) {
  return async function requestLog(ctx, next) {
    let status;
    try {
      await next();
      status = ctx.status;
    } catch (err) {
      status = err.status || 500;
      throw err;
    } finally {
      let path = ctx.path;
      try {
        path = decodeURIComponent(ctx.path);
      } catch (_) {
        // keep the raw path
      }
      write(`REQUEST ${ctx.method} ${path} ${status}`);
    }
  };
}

module.exports = { createRequestLog };
