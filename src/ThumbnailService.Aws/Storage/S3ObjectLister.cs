using System.Runtime.CompilerServices;
using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Aws.Storage;

/// <summary>The listing port on AWSSDK.S3: ListObjectsV2, every page. Needs <c>s3:ListBucket</c> (only the operator tools list).</summary>
public sealed class S3ObjectLister(IAmazonS3 s3) : IObjectLister
{
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
}
