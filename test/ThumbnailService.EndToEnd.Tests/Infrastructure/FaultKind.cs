namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>What <see cref="FaultProxy"/> does to a request that a <see cref="FaultRule"/> selects.</summary>
public enum FaultKind
{
    /// <summary>503 with S3's SlowDown error XML (throttling).</summary>
    SlowDown,

    /// <summary>500 with S3's InternalError error XML.</summary>
    InternalError,

    /// <summary>The request is read, then the connection is reset (RST) without any response.</summary>
    Reset,

    /// <summary>Nothing is answered for <see cref="FaultRule.Delay"/> (longer than the function's remaining time); then the connection closes. S3 never sees it.</summary>
    Slow,

    /// <summary>Forwarded to S3, but only the headers and half the body come back before a reset.</summary>
    TruncatedBody,
}
