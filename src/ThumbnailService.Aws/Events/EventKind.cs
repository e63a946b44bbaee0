namespace ThumbnailService.Aws.Events;

/// <summary>What happened to the source object.</summary>
public enum EventKind
{
    Created,
    Removed,

    /// <summary>Any other S3 event (restore, tagging, ...): acknowledged and ignored.</summary>
    Other,
}
