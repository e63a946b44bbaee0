'use strict';

// Multi-object delete (POST /bucket?delete): s3rver emits no events for it. Read the requested keys,
// note which exist, hand s3rver the same body, and report the ones it deleted.
const { Readable } = require('stream');

const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return XML_ENTITIES[entity] ?? whole;
  });
}

async function readBody(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// Returns the keys that existed before s3rver handles the request; call after `next()` resolves.
async function captureDeletedKeys(ctx, bucket) {
  const body = await readBody(ctx.req);
  ctx.req = Readable.from([body]); // s3rver parses the XML from ctx.req
  const keys = [...body.toString('utf8').matchAll(/<Key>([\s\S]*?)<\/Key>/g)].map(m => decodeXmlText(m[1]));
  const existing = [];
  for (const key of new Set(keys)) {
    if (await ctx.store.existsObject(bucket, key)) existing.push(key);
  }
  return existing;
}

module.exports = { captureDeletedKeys };
