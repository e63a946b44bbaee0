namespace ThumbnailService.Aws.Events;

/// <summary>
/// One unit of retry: the whole invocation for direct routes, one message for SQS (<paramref name="ItemId"/> = messageId).
/// <paramref name="Problem"/> says why the item could not be read, when it could not.
/// </summary>
public sealed record EventItem(string? ItemId, IReadOnlyList<SourceEvent> Sources, string? Problem = null);
