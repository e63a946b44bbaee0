namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>Work that runs until disposed (a poller a test starts once its messages are queued); its failure surfaces on dispose.</summary>
internal sealed class BackgroundLoop : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _running;

    public BackgroundLoop(Func<CancellationToken, Task> work) => _running = Task.Run(() => work(_stopping.Token));

    /// <summary>Awaits <paramref name="task"/>, or fails at once with the loop's own failure if the loop ends first.</summary>
    public async Task<T> UntilAsync<T>(Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (await Task.WhenAny(task, _running) != task)
        {
            await _running;
            throw new InvalidOperationException("The background loop ended before the awaited result.");
        }

        return await task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _stopping.Dispose();
        }
    }
}
