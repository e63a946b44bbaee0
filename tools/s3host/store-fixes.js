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

module.exports = { serialiseDeletes };
