namespace ThumbnailService.Functions.Storage;

/// <summary>
/// The IAM actions each <see cref="S3ObjectStore"/> call needs on AWS (S3 API reference, "Permissions" of each
/// operation). A test runs every handler through its scenarios, maps the calls it made with this table and requires
/// the function's policy in template.yaml to grant exactly these; the moto suite proves the table against an
/// IAM-enforcing S3.
/// </summary>
internal static class S3ActionTable
{
    public const string GetObject = "s3:GetObject";
    public const string GetObjectVersion = "s3:GetObjectVersion";
    public const string ListBucket = "s3:ListBucket";
    public const string PutObject = "s3:PutObject";
    public const string DeleteObject = "s3:DeleteObject";

    /// <summary>What one call needs: actions on the object (<c>arn:aws:s3:::bucket/key</c>) and on the bucket.</summary>
    public static S3Permissions For(S3Call call) => call switch
    {
        // HEAD and GET of a missing key answer 404 (the code's "gone") only with ListBucket; without it, 403 (a fault).
        // With a version id, the read needs GetObjectVersion and not GetObject.
        S3Call.Head or S3Call.Get => new S3Permissions(GetObject, ListBucket),
        S3Call.GetVersion => new S3Permissions(GetObjectVersion, ListBucket),
        S3Call.Put => new S3Permissions(PutObject, null),
        S3Call.Delete => new S3Permissions(DeleteObject, null),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Unknown S3 call."),
    };
}
