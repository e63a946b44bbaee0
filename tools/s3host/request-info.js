'use strict';

// Classifies a path-style request (/bucket/key) into the S3 operation this host cares about.
// The result travels with the request through AsyncLocalStorage, so s3rver's synchronous
// 'event' emissions can be matched to the request that caused them.
const { AsyncLocalStorage } = require('async_hooks');

const requestContext = new AsyncLocalStorage();
const OBJECT_SUBRESOURCES = ['acl', 'attributes', 'legal-hold', 'restore', 'retention', 'select', 'tagging', 'torrent'];

function splitPath(path) {
  const match = /^\/([^/]+)(?:\/(.*))?$/s.exec(path);
  if (!match) return { bucket: undefined, key: undefined };
  const decode = s => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { bucket: decode(match[1]), key: match[2] ? decode(match[2]) : undefined };
}

function operationOf(method, query, headers, key) {
  const has = name => Object.prototype.hasOwnProperty.call(query, name);
  if (key === undefined) {
    if (method === 'POST' && has('delete')) return 'DeleteObjects';
    if (method === 'POST' && /multipart\/form-data/i.test(headers['content-type'] || '')) return 'PostObject';
    return 'Bucket';
  }
  if (OBJECT_SUBRESOURCES.some(has)) return 'ObjectSubresource';
  switch (method) {
    case 'PUT':
      if (has('partNumber') && has('uploadId')) return headers['x-amz-copy-source'] ? 'UploadPartCopy' : 'UploadPart';
      return headers['x-amz-copy-source'] ? 'CopyObject' : 'PutObject';
    case 'POST':
      if (has('uploadId')) return 'CompleteMultipartUpload';
      return has('uploads') ? 'CreateMultipartUpload' : 'Other';
    case 'GET':
      return has('uploadId') ? 'ListParts' : 'GetObject';
    case 'HEAD':
      return 'HeadObject';
    case 'DELETE':
      return has('uploadId') ? 'AbortMultipartUpload' : 'DeleteObject';
    default:
      return 'Other';
  }
}

function describeRequest(ctx) {
  const { bucket, key } = splitPath(ctx.path);
  return {
    bucket,
    key,
    operation: operationOf(ctx.method, ctx.query, ctx.headers, key),
    sourceIp: ctx.ip,
    pendingEvents: [],
  };
}

module.exports = { requestContext, describeRequest };
