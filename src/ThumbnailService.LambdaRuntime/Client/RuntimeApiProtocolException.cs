namespace ThumbnailService.LambdaRuntime.Client;

/// <summary>
/// The Runtime API handed out an invocation without a header the runtime needs (a missing or unreadable deadline).
/// That invocation is reported as failed without running the handler, and the loop goes on (as aws-lambda-go does).
/// </summary>
public sealed class RuntimeApiProtocolException(string requestId, string message) : Exception(message)
{
    public string RequestId { get; } = requestId;
}
