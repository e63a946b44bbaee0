using System.Text.Json;
using Amazon.S3;
using ThumbnailService.Aws;
using ThumbnailService.Local.Commands.Run;
using ThumbnailService.Local.Gallery;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.Local.Commands.Up;

/// <summary>
/// <c>thumbs up --out DIR</c>: after every routed invocation on the source bucket, downloads that source's thumbnails
/// into DIR and rewrites DIR/summary.json and DIR/index.html (a deleted source leaves the page). The same writers as
/// <c>thumbs run</c>.
/// </summary>
internal sealed class LiveGallery(LocalPipeline pipeline, IAmazonS3 s3, OutputFolder output, TextWriter progress)
{
    private readonly SortedDictionary<string, SourceResult> _sources = new(StringComparer.Ordinal);

    /// <summary>Writes the (empty) page now, so its path can be printed and opened; returns the path.</summary>
    public Task<string> StartAsync(CancellationToken cancellationToken) => WriteAsync(cancellationToken);

    /// <summary>Follows the journal until <paramref name="cancellationToken"/> fires; a failed update is reported, not fatal.</summary>
    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        var collector = new ThumbnailCollector(s3, pipeline.Options.ThumbnailBucket, output, progress);
        for (var count = 1; ; count++)
        {
            var invocation = await pipeline.Journal.WaitForAsync(_ => true, count, cancellationToken);
            if (invocation.Bucket != pipeline.Options.SourceBucket)
            {
                continue;
            }

            try
            {
                await UpdateAsync(collector, invocation, cancellationToken);
            }
            catch (Exception e) when (e is AmazonS3Exception or IOException or UnauthorizedAccessException)
            {
                await progress.WriteLineAsync($"thumbs up: gallery not updated for '{OutputFolder.Printable(invocation.Key)}': {e.Message}");
            }
        }
    }

    private async Task UpdateAsync(ThumbnailCollector collector, RoutedInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.Function == FunctionNames.Thumbnail)
        {
            var result = FunctionResponse.ToResult(invocation.Key, BytesIn(invocation.EventJson), invocation);
            _sources[invocation.Key] = (await collector.AttachAsync([result], cancellationToken))[0];
        }
        else
        {
            _sources.Remove(invocation.Key);
        }

        await WriteAsync(cancellationToken);
    }

    private async Task<string> WriteAsync(CancellationToken cancellationToken)
    {
        var results = _sources.Values.ToList();
        await SummaryFile.WriteAsync(output.PathOf(OutputFolder.SummaryFileName), results, cancellationToken);
        return await GalleryFile.WriteAsync(output.Root, results, cancellationToken);
    }

    /// <summary>The object size the S3 event reports (0 when it names none).</summary>
    internal static long BytesIn(string eventJson)
    {
        try
        {
            using var document = JsonDocument.Parse(eventJson);
            return document.RootElement.GetProperty("Records")[0].GetProperty("s3").GetProperty("object").TryGetProperty("size", out var size)
                && size.TryGetInt64(out var bytes) ? bytes : 0;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return 0;
        }
    }
}
