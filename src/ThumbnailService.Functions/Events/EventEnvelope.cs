namespace ThumbnailService.Functions.Events;

/// <summary>A parsed payload: its route and its items.</summary>
public sealed record EventEnvelope(EventRoute Route, IReadOnlyList<EventItem> Items);
