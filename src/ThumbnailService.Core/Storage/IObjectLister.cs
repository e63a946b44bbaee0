namespace ThumbnailService.Core.Storage;

/// <summary>Lists a bucket under a prefix, every page, in key order. A missing bucket or denied access throws.</summary>
public interface IObjectLister
{
    IAsyncEnumerable<ListedObject> ListAsync(string bucket, string prefix, CancellationToken cancellationToken);
}
