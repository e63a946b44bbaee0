using ThumbnailService.Codecs;
using ThumbnailService.Codecs.Heif;
using Amazon.Runtime;
using Amazon.S3;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Aws.Storage;
using ThumbnailService.Core.Processing;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>What <c>thumbs backfill</c> and <c>thumbs manifest</c> build alike: options, client, runner, and the run itself.</summary>
internal static class BackfillSetup
{
    /// <summary>The function's options from the same THUMBNAIL_* variables; THUMBNAIL_BUCKET is the --thumbnail-bucket value.</summary>
    public static ThumbnailOptions ThumbnailOptions(string thumbnailBucket, Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        try
        {
            return ThumbnailOptionsParser.Parse(name => name == ConfigurationVariables.ThumbnailBucket ? thumbnailBucket : getVariable(name));
        }
        catch (InvalidConfigurationException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    public static BackfillRunner Runner(IAmazonS3 s3, ThumbnailOptions thumbnails, BackfillOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(thumbnails);
        var store = new S3ObjectStore(s3);
        var processor = new ThumbnailProcessor(store, thumbnails, HeifCodecs.Pipeline(thumbnails.Pipeline, StandardCodecs.All), time);
        return new BackfillRunner(store, new S3ObjectLister(s3), processor, thumbnails, options, time);
    }

    /// <summary>
    /// Builds the client and runs under the progress display. An S3 or SDK fault outside single items (the listing, no
    /// credentials or region) is printed and gives null; Ctrl-C during the listing propagates (nothing was done yet).
    /// </summary>
    public static async Task<BackfillReport?> RunAsync(
        BucketArguments buckets, BackfillOptions options, ThumbnailOptions thumbnails, CommandConsole console, string command, TimeProvider time, AWSCredentials? loopbackCredentials, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            using var s3 = BackfillS3Client.Create(buckets.Endpoint, buckets.Region, loopbackCredentials);
            var runner = Runner(s3, thumbnails, options, time);
            return await BackfillProgressView.RunAsync(console, command, time, progress => runner.RunAsync(progress, stop));
        }
        catch (AmazonServiceException e)
        {
            await console.Error.WriteLineAsync($"thumbs {command}: S3 answered {(int)e.StatusCode} {e.ErrorCode}: {e.Message} (check the bucket names, your credentials and --region)");
        }
        catch (AmazonClientException e)
        {
            await console.Error.WriteLineAsync($"thumbs {command}: {e.Message} (set AWS credentials and AWS_REGION or pass --region; for the local S3 pass --endpoint-url)");
        }

        return null;
    }

    /// <summary>The failed keys, at most 20 of them, on stderr.</summary>
    public static async Task WriteFailuresAsync(TextWriter error, string command, BackfillReport report, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(report);
        var failures = report.Tally.Failures.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        if (failures.Count == 0)
        {
            return;
        }

        await error.WriteLineAsync($"thumbs {command}: {failures.Count} item(s) failed{(failures.Count > limit ? $"; the first {limit}" : string.Empty)}:");
        foreach (var failure in failures.Take(limit))
        {
            await error.WriteLineAsync($"  {failure.Key}: {failure.Message}");
        }
    }
}
