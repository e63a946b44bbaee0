namespace ThumbnailService.LambdaRuntime.Tests.TestDoubles;

/// <summary>One POST the fake received.</summary>
internal sealed record RecordedPost(string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt);
