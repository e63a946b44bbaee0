namespace ThumbnailService.Operations.Backfill;

/// <summary>An item (source or orphan key) that failed with an S3 error, a timeout or denied access, and why.</summary>
internal sealed record BackfillFailure(string Key, string Message);
