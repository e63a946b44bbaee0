namespace ThumbnailService.LambdaRuntime.Client;

/// <summary>One event handed out by <c>GET /runtime/invocation/next</c>.</summary>
public sealed record Invocation(
    string RequestId,
    long DeadlineUnixMs,
    string FunctionArn,
    string? TraceId,
    string? ClientContext,
    string? CognitoIdentity,
    byte[] Payload);
