using System.Collections.Concurrent;
using System.Net;
using System.Runtime.InteropServices;
using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Functions.Storage;

/// <summary>
/// The object-store port on AWSSDK.S3. The only place that knows S3's error codes: "not found" becomes null,
/// everything else propagates so the invocation fails and the platform retries. The IAM action each call needs is in
/// <see cref="S3ActionTable"/>; change both together.
/// </summary>
internal sealed class S3ObjectStore(IAmazonS3 s3) : IObjectStore
{
    private const string MetadataPrefix = "x-amz-meta-";
    private readonly ConcurrentDictionary<string, bool> _bucketsSeen = new(StringComparer.Ordinal);

    public async Task<ObjectHead?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = key }, cancellationToken);
            _bucketsSeen[bucket] = true;
            var metadata = response.Metadata.Keys.ToDictionary(StripPrefix, k => response.Metadata[k], StringComparer.OrdinalIgnoreCase);
            return new ObjectHead(Unquote(response.ETag), response.ContentLength, response.Headers.ContentType, metadata) { VersionId = response.VersionId };
        }
        catch (AmazonS3Exception exception) when (IsNotFound(exception))
        {
            await ConfirmBucketAsync(bucket, key, cancellationToken);
            return null;
        }
    }

    public async Task<ObjectDownload?> GetAsync(string bucket, string key, string? versionId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key, VersionId = versionId }, cancellationToken);
            _bucketsSeen[bucket] = true;
            return new ObjectDownload(Unquote(response.ETag), response.ContentLength, response.Headers.ContentType, new OwningStream(response), response.VersionId);
        }
        catch (AmazonS3Exception exception) when (IsNotFound(exception))
        {
            _bucketsSeen[bucket] = true; // NoSuchKey or NoSuchVersion: the bucket answered
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

    /// <summary>
    /// A HEAD's 404 has no body, so a missing bucket looks like a missing key. The first 404 in a bucket not seen yet is
    /// confirmed by a GET of the same key, whose error names the difference: NoSuchBucket (a fault: wrong configuration)
    /// propagates. One extra request per bucket per process at most.
    /// </summary>
    private async Task ConfirmBucketAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        if (_bucketsSeen.ContainsKey(bucket))
        {
            return;
        }

        await using var download = await GetAsync(bucket, key, null, cancellationToken);
        _bucketsSeen[bucket] = true;
    }

    private static bool IsNotFound(AmazonS3Exception exception) =>
        exception.StatusCode == HttpStatusCode.NotFound && exception.ErrorCode is "NoSuchKey" or "NoSuchVersion" or "NotFound" or null or "";

    private static string StripPrefix(string name) =>
        name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase) ? name[MetadataPrefix.Length..] : name;

    private static string Unquote(string? eTag) => (eTag ?? string.Empty).Trim('"');
}
