namespace ThumbnailService.Local.Queue;

/// <summary>One received message as the poller handed it to the function.</summary>
internal sealed record PolledMessage(string MessageId, string Body, int ReceiveCount);
