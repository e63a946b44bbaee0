'use strict';

// Decodes SigV4 streaming bodies (Content-Encoding: aws-chunked) before s3rver stores them.
// Framing: `<hex-size>[;chunk-signature=<sig>]\r\n<data>\r\n` ... `0[;...]\r\n`, then optional
// trailer lines (`x-amz-checksum-crc32:...`) and a final empty line.
const { Transform } = require('stream');

const MAX_LINE = 8192;

class AwsChunkedDecoder extends Transform {
  constructor(expectedLength) {
    super();
    this.expectedLength = expectedLength; // NaN when the client did not declare it
    this.state = 'header';
    this.line = '';
    this.remaining = 0;
    this.decoded = 0;
    this.failure = null;
  }

  _transform(chunk, _encoding, callback) {
    let i = 0;
    while (i < chunk.length && !this.failure && this.state !== 'done') {
      if (this.state === 'data') {
        const take = Math.min(this.remaining, chunk.length - i);
        this.push(chunk.subarray(i, i + take));
        this.decoded += take;
        this.remaining -= take;
        i += take;
        if (this.remaining === 0) this.state = 'data-end';
        continue;
      }
      const newline = chunk.indexOf(0x0a, i);
      const end = newline < 0 ? chunk.length : newline;
      this.line += chunk.toString('latin1', i, end);
      i = end + (newline < 0 ? 0 : 1);
      if (this.line.length > MAX_LINE) this.fail('chunk header line too long');
      else if (newline >= 0) this.onLine(this.line.replace(/\r$/, ''));
    }
    callback(); // after a failure the rest of the body is read and dropped
  }

  onLine(line) {
    this.line = '';
    if (this.state === 'data-end') {
      if (line !== '') this.fail('missing CRLF after chunk data');
      else this.state = 'header';
    } else if (this.state === 'header') {
      const size = /^[0-9a-fA-F]+$/.test(line.split(';')[0]) ? parseInt(line.split(';')[0], 16) : NaN;
      if (!Number.isSafeInteger(size)) this.fail(`bad chunk header "${line.slice(0, 80)}"`);
      else if (size === 0) this.state = 'trailer';
      else {
        this.remaining = size;
        this.state = 'data';
      }
    } else if (this.state === 'trailer' && line === '') {
      this.state = 'done';
    }
  }

  _flush(callback) {
    if (!this.failure && !['trailer', 'done'].includes(this.state)) this.fail('body ended inside a chunk');
    if (!this.failure && !Number.isNaN(this.expectedLength) && this.decoded !== this.expectedLength) {
      this.fail(`decoded ${this.decoded} bytes, x-amz-decoded-content-length says ${this.expectedLength}`);
    }
    callback();
  }

  fail(message) {
    this.failure = this.failure || new Error(message);
  }
}

function isAwsChunked(headers) {
  const encodings = (headers['content-encoding'] || '').split(',').map(s => s.trim().toLowerCase());
  return encodings.includes('aws-chunked') || /^STREAMING-/i.test(headers['x-amz-content-sha256'] || '');
}

// Rewrites the request so that s3rver reads the decoded bytes and never sees the framing.
// Returns the decoder (check `.failure` after s3rver is done) or null when the body is not chunked.
function decodeRequestBody(ctx) {
  const headers = ctx.headers;
  if (!isAwsChunked(headers)) return null;
  const expected = Number(headers['x-amz-decoded-content-length'] ?? NaN);
  const decoder = new AwsChunkedDecoder(expected);
  const encodings = (headers['content-encoding'] || '')
    .split(',')
    .map(s => s.trim())
    .filter(s => s && s.toLowerCase() !== 'aws-chunked');
  if (encodings.length) headers['content-encoding'] = encodings.join(', ');
  else delete headers['content-encoding'];
  if (!Number.isNaN(expected)) headers['content-length'] = String(expected);
  const source = ctx.req;
  const abort = () => {
    decoder.fail('client aborted the upload');
    decoder.end();
  };
  source.on('aborted', abort).on('error', abort);
  source.pipe(decoder);
  ctx.req = decoder; // s3rver's PutObject/UploadPart read the body from ctx.req
  return decoder;
}

module.exports = { AwsChunkedDecoder, decodeRequestBody };
