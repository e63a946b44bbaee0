using ThumbnailService.Core.Processing;

namespace ThumbnailService.Aws.Events;

/// <summary>One normalised event about one source object, whatever route it came by. The key is decoded.</summary>
public sealed record SourceEvent(EventKind Kind, string EventName, SourceObject Source);
