using ThumbnailService.Aws;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Util;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.Local.Commands.Run;

/// <summary>Uploads files to the source bucket, then waits, in upload order, for each file's routed thumbnail invocation.</summary>
internal sealed class UploadRun(LocalPipeline pipeline, IAmazonS3 s3, TextWriter progress)
{
    public static readonly TimeSpan DefaultPerFileTimeout = TimeSpan.FromSeconds(120);

    public async Task<IReadOnlyList<SourceResult>> RunAsync(IReadOnlyList<SourceFile> files, TimeSpan perFileTimeout, CancellationToken cancellationToken)
    {
        var uploadProblems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var problem = await UploadAsync(file, cancellationToken);
            if (problem is not null)
            {
                uploadProblems[file.Key] = problem;
            }
        }

        await progress.WriteLineAsync($"thumbs run: uploaded {files.Count - uploadProblems.Count} of {files.Count} file(s) to s3://{pipeline.Options.SourceBucket}; waiting for each outcome ...");
        var results = new List<SourceResult>();
        foreach (var file in files)
        {
            var result = uploadProblems.TryGetValue(file.Key, out var problem)
                ? new SourceResult(file.Key, "UploadFailed", null, problem, file.Length, null, 0)
                : await WaitAsync(file, perFileTimeout, cancellationToken);
            results.Add(result);
            var reason = result.Reason is null ? string.Empty : $" ({result.Reason})";
            var duration = result.DurationMs is { } ms ? $" in {ms:0} ms" : string.Empty;
            await progress.WriteLineAsync($"  [{results.Count}/{files.Count}] {OutputFolder.Printable(file.Key)}: {result.Outcome}{reason}{duration}");
        }

        return results;
    }

    private async Task<string?> UploadAsync(SourceFile file, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(file.FullPath);
            await s3.PutObjectAsync(
                new PutObjectRequest
                {
                    BucketName = pipeline.Options.SourceBucket,
                    Key = file.Key,
                    InputStream = stream,
                    ContentType = AmazonS3Util.MimeTypeFromExtension(Path.GetExtension(file.FullPath)),
                },
                cancellationToken);
            return null;
        }
        catch (Exception e) when (e is AmazonS3Exception or IOException or UnauthorizedAccessException)
        {
            return $"upload failed: {e.Message}";
        }
    }

    private async Task<SourceResult> WaitAsync(SourceFile file, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var bucket = pipeline.Options.SourceBucket;
        try
        {
            var invocation = await pipeline.Journal
                .WaitForAsync(i => i.Function == FunctionNames.Thumbnail && i.Bucket == bucket && i.Key == file.Key, cancellationToken)
                .WaitAsync(timeout, cancellationToken);
            return FunctionResponse.ToResult(file.Key, file.Length, invocation);
        }
        catch (TimeoutException)
        {
            return new SourceResult(file.Key, "TimedOut", null, $"no routed invocation completed within {timeout.TotalSeconds:0} s", file.Length, null, 0);
        }
    }
}
