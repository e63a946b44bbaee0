namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>Waits for a condition that only the passing of time can bring (a visibility timeout, a redrive), checking it often.</summary>
internal static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!await condition())
        {
            try
            {
                await Task.Delay(200, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Not true within {timeout}: {what}.");
            }
        }

        return true;
    }
}
