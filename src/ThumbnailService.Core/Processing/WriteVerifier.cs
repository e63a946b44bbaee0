using ThumbnailService.Core.Options;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>
/// Checks the source again after its thumbnails were written. Two writers of different versions can interleave
/// (at-least-once, unordered delivery): whoever writes last re-reads the source, so the newest version wins.
/// A source deleted meanwhile gets the outputs just written removed (only those still recording that version).
/// </summary>
internal sealed class WriteVerifier(IObjectStore store, ThumbnailOptions options)
{
    public async Task<WriteVerdict> VerifyAsync(SourceObject source, ThumbnailOutcome.Created created, ProcessingMetrics metrics, CancellationToken cancellationToken)
    {
        var head = await store.HeadAsync(source.Bucket, source.Key, cancellationToken);
        metrics.Heads++;
        if (head is not null)
        {
            return head.ETag == created.SourceETag ? WriteVerdict.Current : WriteVerdict.SourceChanged;
        }

        foreach (var output in created.Written)
        {
            var written = await store.HeadAsync(options.ThumbnailBucket, output.Key, cancellationToken);
            metrics.Heads++;
            if (written is not null && written.Metadata.TryGetValue(ThumbnailMetadata.SourceETag, out var recorded) && recorded == created.SourceETag)
            {
                await store.DeleteAsync(options.ThumbnailBucket, output.Key, cancellationToken);
            }
        }

        return WriteVerdict.SourceGone;
    }
}
