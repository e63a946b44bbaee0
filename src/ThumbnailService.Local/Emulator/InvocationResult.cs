namespace ThumbnailService.Local.Emulator;

/// <summary>What one invoke produced, with the figures of its REPORT line.</summary>
/// <param name="Payload">The response on success, otherwise the error JSON.</param>
internal sealed record InvocationResult(
    string RequestId,
    InvocationStatus Status,
    ReadOnlyMemory<byte> Payload,
    string? ErrorType,
    string? ErrorMessage,
    TimeSpan Duration,
    TimeSpan? InitDuration,
    int MaxMemoryUsedMb)
{
    public bool Succeeded => Status == InvocationStatus.Succeeded;

    public ReadOnlyMemory<byte> Response => Succeeded ? Payload : ReadOnlyMemory<byte>.Empty;
}
