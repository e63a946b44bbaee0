namespace ThumbnailService.Local.Backfill;

/// <summary>Lists a bucket under a prefix, every page, in key order. A missing bucket or denied access throws.</summary>
internal interface IObjectLister
{
    IAsyncEnumerable<ListedObject> ListAsync(string bucket, string prefix, CancellationToken cancellationToken);
}
