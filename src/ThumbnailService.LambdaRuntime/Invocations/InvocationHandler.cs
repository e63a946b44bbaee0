namespace ThumbnailService.LambdaRuntime.Invocations;

/// <summary>
/// The one thing the loop calls: bytes in, bytes out. The token fires a safety margin before the deadline.
/// Throwing reports an invocation error (the platform may retry); returning acknowledges the event.
/// </summary>
public delegate Task<ReadOnlyMemory<byte>> InvocationHandler(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken);
