using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Pipeline;

/// <summary>One S3 event delivered to a function, with the final result after any retries.</summary>
internal sealed record RoutedInvocation(string Function, string EventName, string Bucket, string Key, string EventJson, int Attempts, InvocationResult Result);
