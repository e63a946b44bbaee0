namespace ThumbnailService.Local.Emulator;

/// <summary>How an invocation ended, before the emulator adds timings and memory.</summary>
internal sealed record InvocationOutcome(InvocationStatus Status, ReadOnlyMemory<byte> Payload, ErrorPayload? Error)
{
    public static InvocationOutcome Success(ReadOnlyMemory<byte> response) =>
        new(InvocationStatus.Succeeded, response, null);

    public static InvocationOutcome Failure(InvocationStatus status, ErrorPayload error) =>
        new(status, error.Json, error);
}
