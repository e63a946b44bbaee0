namespace ThumbnailService.Functions.Storage;

/// <summary>The IAM action one S3 call needs on its object, and the one it needs on its bucket (null for none).</summary>
internal sealed record S3Permissions(string ObjectAction, string? BucketAction);
