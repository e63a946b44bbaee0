namespace ThumbnailService.Core.Processing;

/// <summary>
/// The source changed (deleted, re-uploaded) after thumbnails were deleted, every time it was checked: the state
/// reached is not known to be right, so the invocation fails and the platform's retry reconciles again.
/// </summary>
public sealed class SourceKeepsChangingException(string message) : Exception(message);
