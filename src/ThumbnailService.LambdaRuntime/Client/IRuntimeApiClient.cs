namespace ThumbnailService.LambdaRuntime.Client;

/// <summary>The four calls of the Lambda Runtime API. 500 and transport failures throw <see cref="RuntimeApiFatalException"/>.</summary>
public interface IRuntimeApiClient
{
    /// <summary>Blocks, with no timeout, until the platform hands out the next event.</summary>
    Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken);

    Task<PostOutcome> PostResponseAsync(string requestId, ReadOnlyMemory<byte> response, CancellationToken cancellationToken);

    Task<PostOutcome> PostErrorAsync(string requestId, ErrorReport report, CancellationToken cancellationToken);

    Task<PostOutcome> PostInitErrorAsync(ErrorReport report, CancellationToken cancellationToken);
}
