using System.Net;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Local.Backfill;

/// <summary>
/// The object-store port and listing on AWSSDK.S3 for the backfill, translating errors as the function's adapter does:
/// 404 NoSuchKey/NotFound becomes null (or success for DELETE); everything else propagates.
/// </summary>
internal sealed class S3BackfillStore(IAmazonS3 s3) : IObjectStore, IObjectLister
{
    private const string MetadataPrefix = "x-amz-meta-";

    public async IAsyncEnumerable<ListedObject> ListAsync(string bucket, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        do
        {
            var page = await s3.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? [])
            {
                yield return new ListedObject(item.Key, Unquote(item.ETag), item.Size ?? 0);
            }

            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);
    }

    public async Task<ObjectHead?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = key }, cancellationToken);
            var metadata = response.Metadata.Keys.ToDictionary(StripPrefix, k => response.Metadata[k], StringComparer.OrdinalIgnoreCase);
            return new ObjectHead(Unquote(response.ETag), response.ContentLength, response.Headers.ContentType, metadata);
        }
        catch (AmazonS3Exception exception) when (IsNotFound(exception))
        {
            return null;
        }
    }

    public async Task<ObjectDownload?> GetAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, cancellationToken);
            return new ObjectDownload(Unquote(response.ETag), response.ContentLength, response.Headers.ContentType, new S3ResponseStream(response));
        }
        catch (AmazonS3Exception exception) when (IsNotFound(exception))
        {
            return null;
        }
    }

    public async Task PutAsync(ObjectUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var body = MemoryMarshal.TryGetArray(upload.Body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(upload.Body.ToArray(), writable: false);
        var request = new PutObjectRequest
        {
            BucketName = upload.Bucket,
            Key = upload.Key,
            InputStream = body,
            ContentType = upload.ContentType,
            AutoCloseStream = true,
        };
        request.Headers.CacheControl = upload.CacheControl;
        foreach (var (name, value) in upload.Metadata)
        {
            request.Metadata.Add(name, value);
        }

        await s3.PutObjectAsync(request, cancellationToken);
    }

    public async Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        try
        {
            await s3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = key }, cancellationToken);
        }
        catch (AmazonS3Exception exception) when (IsNotFound(exception))
        {
            // Already gone: deleting is idempotent.
        }
    }

    private static bool IsNotFound(AmazonS3Exception exception) =>
        exception.StatusCode == HttpStatusCode.NotFound && exception.ErrorCode is "NoSuchKey" or "NotFound" or null or "";

    private static string StripPrefix(string name) =>
        name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase) ? name[MetadataPrefix.Length..] : name;

    private static string Unquote(string? eTag) => (eTag ?? string.Empty).Trim('"');
}
