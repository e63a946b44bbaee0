namespace ThumbnailService.Aws.Storage;

/// <summary>The S3 requests <see cref="S3ObjectStore"/> makes.</summary>
public enum S3Call
{
    Head,
    Get,
    GetVersion,
    Put,
    Delete,
}
