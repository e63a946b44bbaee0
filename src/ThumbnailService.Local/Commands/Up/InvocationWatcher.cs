using System.Globalization;
using ThumbnailService.Local.Commands.Run;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.Local.Commands.Up;

/// <summary>Prints one line per routed invocation, in completion order, until cancelled.</summary>
internal static class InvocationWatcher
{
    /// <param name="skip">Invocations already reported (e.g. by <c>thumbs run</c> before <c>--keep</c>).</param>
    public static async Task WatchAsync(LocalPipeline pipeline, TextWriter writer, int skip, CancellationToken cancellationToken)
    {
        for (var count = skip + 1; ; count++)
        {
            var invocation = await pipeline.Journal.WaitForAsync(_ => true, count, cancellationToken);
            await writer.WriteLineAsync(Format(invocation));
            if (ReadyLine(invocation, pipeline.Options.ThumbnailBucket) is { } ready)
            {
                await writer.WriteLineAsync(ready);
            }

            await writer.FlushAsync(cancellationToken);
        }
    }

    /// <summary>"ready" and the manifest's S3 URI when the invocation wrote a manifest (all thumbnails of that source exist); else null.</summary>
    public static string? ReadyLine(RoutedInvocation invocation, string thumbnailBucket) =>
        invocation.Result.Succeeded && FunctionResponse.ToResult(invocation.Key, 0, invocation).Manifest is { } manifest
            ? string.Create(CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss} {"ready",-9} {"manifest written",-28} s3://{thumbnailBucket}/{OutputFolder.Printable(manifest)}")
            : null;

    public static string Format(RoutedInvocation invocation)
    {
        var results = invocation.Result.Succeeded
            ? FunctionResponse.ToResult(invocation.Key, 0, invocation)
            : new SourceResult(invocation.Key, "Failed", invocation.Result.ErrorType, invocation.Result.ErrorMessage, 0, null, invocation.Attempts);
        var outcome = ResultTable.OutcomeText(results);
        var retries = invocation.Attempts > 1 ? $" after {invocation.Attempts} attempts" : string.Empty;
        var detail = results.IsDefined || results.Detail is null ? string.Empty : $": {results.Detail}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{DateTime.Now:HH:mm:ss} {invocation.Function,-9} {invocation.EventName,-28} {OutputFolder.Printable(invocation.Key)}  {outcome}{detail}  {invocation.Result.Duration.TotalMilliseconds:0} ms{retries}");
    }
}
