namespace ThumbnailService.Aws.Events;

/// <summary>What an S3 Batch Operations response must echo: the request's schema version and invocation id.</summary>
public sealed record BatchInvocation(string SchemaVersion, string InvocationId, string? JobId);
