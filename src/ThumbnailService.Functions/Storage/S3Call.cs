namespace ThumbnailService.Functions.Storage;

/// <summary>The S3 requests <see cref="S3ObjectStore"/> makes.</summary>
internal enum S3Call
{
    Head,
    Get,
    GetVersion,
    Put,
    Delete,
}
