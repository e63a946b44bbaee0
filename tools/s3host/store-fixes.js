'use strict';

// s3rver's FilesystemStore.deleteObject removes emptied parent folders after unlinking; two deletes
// in one folder (DeleteObjects runs them in parallel) race on readdir/rmdir and answer 500 (ENOENT).
// Serialise deletes, and treat a folder that vanished or filled up meanwhile as cleaned up.
function serialiseDeletes(store) {
  const deleteObject = store.deleteObject.bind(store);
  let queue = Promise.resolve();
  store.deleteObject = (bucket, key) => {
    const run = queue.then(() =>
      deleteObject(bucket, key).catch(err => {
        if (err.code !== 'ENOENT' && err.code !== 'ENOTEMPTY') throw err;
      }),
    );
    queue = run.catch(() => {});
    return run;
  };
}

// s3rver stores a key as a file path (bucket/key._S3rver_object) built with path.join, which resolves dot segments
// and collapses empty ones: "large/../../x" was written as "x" at the data root, outside its bucket ("../../../x" escapes
// the data folder), and "large/../../x" and "small/../../x" became the same object. S3 keys are not paths. Keep every key
// inside its bucket by escaping the folder segments path.join would rewrite ("", ".", "..") and '&', the escape itself.
// The last segment carries the ._S3rver_ suffix, so it is never a dot segment and stays as it is.
function keepKeysInsideBuckets(store) {
  const Store = store.constructor;
  const escapeSegment = segment =>
    segment === '' ? '&' : segment === '.' || segment === '..' ? segment.replace(/\./g, '&2e') : segment.replace(/&/g, '&26');
  const unescapeSegment = segment =>
    segment === '&' ? '' : segment.replace(/&([0-9a-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  Store.encodeKeyPath = key => {
    const parts = key.split('/');
    return parts.map((part, i) => (i < parts.length - 1 ? escapeSegment(part) : part.replace(/&/g, '&26'))).join('/');
  };
  Store.decodeKeyPath = keyPath => keyPath.split('/').map(unescapeSegment).join('/');
}

module.exports = { serialiseDeletes, keepKeysInsideBuckets };
