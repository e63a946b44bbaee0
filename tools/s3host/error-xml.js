'use strict';

// s3rver writes error bodies with HTML named entities (`é` -> `&eacute;`), which are not XML: the AWS SDKs cannot
// parse them and report an unmarshalling failure instead of the S3 error (a GET of a missing non-ASCII key then looks
// like a fault, not NoSuchKey). Escape only what XML requires and keep everything else as UTF-8 text, as S3 does.
const S3Error = require('s3rver/lib/models/error');
const he = require('he');
const { j2xParser } = require('fast-xml-parser');

function fixErrorXml() {
  S3Error.prototype.toXML = function toXML() {
    const parser = new j2xParser({ tagValueProcessor: value => he.escape(value.toString()) });
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      parser.parse({ Error: { Code: this.code, Message: this.message, ...this.detail } }),
    ].join('\n');
  };
}

module.exports = { fixErrorXml };
