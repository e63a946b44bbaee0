namespace ThumbnailService.Aws.Events;

/// <summary>A parsed payload: its route and its items. <paramref name="Batch"/> is set for S3 Batch Operations only.</summary>
public sealed record EventEnvelope(EventRoute Route, IReadOnlyList<EventItem> Items, BatchInvocation? Batch = null);
