using ThumbnailService.Aws;
using System.Text;
using System.Threading.Channels;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Pipeline;

/// <summary>
/// Delivers the source bucket's events as S3 does: ObjectCreated to the thumbnail function, ObjectRemoved to cleanup,
/// asynchronously, retrying a failed invocation (function error, timeout, crash) up to the configured attempts.
/// </summary>
internal sealed class EventRouter(RuntimeApiEmulator thumbnail, RuntimeApiEmulator cleanup, LocalPipelineOptions options, InvocationJournal<RoutedInvocation> journal)
{
    public async Task RunAsync(ChannelReader<string> events, CancellationToken cancellationToken)
    {
        await foreach (var json in events.ReadAllAsync(cancellationToken))
        {
            var summary = S3EventSummary.Parse(json);
            var (function, emulator) = summary.EventName.StartsWith("ObjectRemoved:", StringComparison.Ordinal)
                ? (FunctionNames.Cleanup, cleanup)
                : (FunctionNames.Thumbnail, thumbnail);
            var (attempts, result) = await InvokeWithRetriesAsync(emulator, json, cancellationToken);
            journal.Add(new RoutedInvocation(function, summary.EventName, summary.Bucket, summary.Key, json, attempts, result));
        }
    }

    private async Task<(int Attempts, InvocationResult Result)> InvokeWithRetriesAsync(RuntimeApiEmulator emulator, string json, CancellationToken cancellationToken)
    {
        var payload = Encoding.UTF8.GetBytes(json);
        for (var attempt = 1; ; attempt++)
        {
            var result = await emulator.InvokeAsync(payload, null, cancellationToken);
            if (result.Succeeded || attempt > options.MaximumRetryAttempts)
            {
                return (attempt, result);
            }

            await Task.Delay(options.RetryDelay, cancellationToken);
        }
    }
}
