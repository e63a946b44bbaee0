using Microsoft.AspNetCore.Http;

namespace ThumbnailService.Local.Emulator;

/// <summary>The status (and error document) a Runtime API call answers with.</summary>
internal sealed record RuntimeReply(int StatusCode, ErrorPayload? Error)
{
    public static readonly RuntimeReply Accepted = new(StatusCodes.Status202Accepted, null);

    public static RuntimeReply UnknownRequestId(string id) => new(
        StatusCodes.Status400BadRequest,
        ErrorPayload.Create("InvalidRequestID", $"Invalid request ID: \"{id}\""));

    public static RuntimeReply InvalidState(string message) => new(
        StatusCodes.Status403Forbidden,
        ErrorPayload.Create("InvalidStateTransition", message));

    public static RuntimeReply TooLarge() => new(
        StatusCodes.Status413PayloadTooLarge,
        ErrorPayload.Create(
            "RequestEntityTooLarge",
            $"Exceeded maximum allowed payload size ({InvokeApi.MaxResponseBytes} bytes)."));

    public static RuntimeReply Injected(int statusCode) => new(
        statusCode,
        ErrorPayload.Create("Runtime.Unknown", "Simulated Runtime API failure (test hook)."));
}
