'use strict';

// s3rver encrypts ListObjectsV2 continuation tokens with single DES ('des' = DES-CBC), which
// OpenSSL 3 (Node >= 17) only offers in its legacy provider. DES-EDE-CBC with the key doubled
// (K1 = K2) is bit-for-bit the same cipher and is in the default provider. Only 'des' is mapped.
const crypto = require('crypto');

function mapDes(algorithm, key) {
  if (typeof algorithm === 'string' && algorithm.toLowerCase() === 'des' && key.length === 8) {
    return ['des-ede-cbc', Buffer.concat([key, key])];
  }
  return [algorithm, key];
}

function installDesShim() {
  const { createCipheriv, createDecipheriv } = crypto;
  crypto.createCipheriv = (algorithm, key, ...rest) => createCipheriv(...mapDes(algorithm, key), ...rest);
  crypto.createDecipheriv = (algorithm, key, ...rest) => createDecipheriv(...mapDes(algorithm, key), ...rest);
}

module.exports = { installDesShim };
