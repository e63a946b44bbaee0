using System.Runtime.CompilerServices;
using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Core.Storage;
using ThumbnailService.Functions.Storage;

namespace ThumbnailService.Local.Backfill;

/// <summary>
/// The backfill's view of S3: the function's own adapter (<see cref="S3ObjectStore"/>, same error translation) plus
/// paginated listing.
/// </summary>
internal sealed class S3BackfillStore(IAmazonS3 s3) : IObjectStore, IObjectLister
{
    private readonly S3ObjectStore _objects = new(s3);

    public async IAsyncEnumerable<ListedObject> ListAsync(string bucket, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        do
        {
            var page = await s3.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? [])
            {
                yield return new ListedObject(item.Key, (item.ETag ?? string.Empty).Trim('"'), item.Size ?? 0);
            }

            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);
    }

    public Task<ObjectHead?> HeadAsync(string bucket, string key, CancellationToken cancellationToken) => _objects.HeadAsync(bucket, key, cancellationToken);

    public Task<ObjectDownload?> GetAsync(string bucket, string key, string? versionId, CancellationToken cancellationToken) =>
        _objects.GetAsync(bucket, key, versionId, cancellationToken);

    public Task PutAsync(ObjectUpload upload, CancellationToken cancellationToken) => _objects.PutAsync(upload, cancellationToken);

    public Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken) => _objects.DeleteAsync(bucket, key, cancellationToken);
}
