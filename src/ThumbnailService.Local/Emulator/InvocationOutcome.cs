using System.Globalization;

namespace ThumbnailService.Local.Emulator;

/// <summary>How an invocation ended, before the emulator adds timings and memory.</summary>
internal sealed record InvocationOutcome(InvocationStatus Status, ReadOnlyMemory<byte> Payload, ErrorPayload? Error)
{
    public static InvocationOutcome Success(ReadOnlyMemory<byte> response) =>
        new(InvocationStatus.Succeeded, response, null);

    public static InvocationOutcome Failure(InvocationStatus status, ErrorPayload error) =>
        new(status, error.Json, error);

    public static InvocationOutcome TimedOut(TimeSpan after) => Failure(
        InvocationStatus.TimedOut,
        ErrorPayload.Create("Sandbox.Timedout", $"Task timed out after {after.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} seconds"));

    public static InvocationOutcome ResponseTooLarge() => Failure(
        InvocationStatus.FunctionError,
        ErrorPayload.Create(
            "Function.ResponseSizeTooLarge",
            $"Response payload size exceeded maximum allowed payload size ({InvokeApi.MaxResponseBytes} bytes)."));

    public static InvocationOutcome RuntimeExited(int exitCode) => Failure(
        InvocationStatus.ProcessExited,
        ErrorPayload.Create(
            "Runtime.ExitError",
            exitCode == 0
                ? "Runtime exited without providing a reason"
                : $"Runtime exited with error: exit status {exitCode.ToString(CultureInfo.InvariantCulture)}"));
}
