'use strict';

// The Koa middleware placed in front of s3rver's router: it applies every fix of this host to one
// request and publishes the request's events once s3rver is done (still before the response).
const S3Error = require('s3rver/lib/models/error');
const { decodeRequestBody } = require('./aws-chunked');
const { fixCopySource } = require('./copy-source');
const { enforceConditions } = require('./conditional');
const { captureDeletedKeys } = require('./delete-objects');
const { awsEventName } = require('./events');
const { requestContext, describeRequest } = require('./request-info');

function createHostMiddleware(server, publisher, log) {
  // s3rver emits synchronously inside the request; collect there, publish after the handler.
  server.on('event', event => {
    try {
      const record = event.Records[0];
      const info = requestContext.getStore();
      const pending = {
        bucket: record.s3.bucket.name,
        eventName: awsEventName(record.eventName, info && info.operation),
        object: { key: record.s3.object.key, size: record.s3.object.size, eTag: record.s3.object.eTag },
      };
      if (info) info.pendingEvents.push(pending);
      else publisher.publish(pending.bucket, pending.eventName, pending.object, undefined);
    } catch (err) {
      log(`could not read s3rver event: ${err.stack || err}`);
    }
  });

  return async function s3host(ctx, next) {
    const info = describeRequest(ctx);
    return requestContext.run(info, async () => {
      if (info.operation === 'CopyObject' || info.operation === 'UploadPartCopy') fixCopySource(ctx.headers);
      const decoder = ['PutObject', 'UploadPart'].includes(info.operation) ? decodeRequestBody(ctx) : null;
      const deletedKeys =
        info.operation === 'DeleteObjects' && publisher.notifyBuckets.has(info.bucket)
          ? await captureDeletedKeys(ctx, info.bucket)
          : [];

      await enforceConditions(ctx, info, next);

      if (decoder && decoder.failure) {
        if (info.operation === 'PutObject') await ctx.store.deleteObject(info.bucket, info.key).catch(() => {});
        log(`rejected aws-chunked body for ${info.bucket}/${info.key}: ${decoder.failure.message}`);
        throw new S3Error('IncompleteBody', `The aws-chunked request body is malformed: ${decoder.failure.message}`);
      }
      for (const pending of info.pendingEvents) {
        const copyResult = ctx.body && ctx.body.CopyObjectResult;
        if (!pending.object.eTag && copyResult) pending.object.eTag = copyResult.ETag;
        publisher.publish(pending.bucket, pending.eventName, pending.object, info.sourceIp);
      }
      if (ctx.status === 200) {
        for (const key of deletedKeys) publisher.publish(info.bucket, 'ObjectRemoved:Delete', { key }, info.sourceIp);
      }
    });
  };
}

module.exports = { createHostMiddleware };
