using System.Globalization;

namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>The parsed command line of <c>thumbs backfill</c>.</summary>
internal sealed record BackfillArguments(BucketArguments Buckets, bool DryRun, bool DeleteOrphans, int Concurrency)
{
    public const int MaxConcurrency = 64;

    public static string Usage =>
        $"backfill {BucketArguments.Usage} [--dry-run] [--delete-orphans] [--concurrency N (4)]\n"
        + "      lists the source bucket, makes missing or stale thumbnails with the same code as the function (THUMBNAIL_*\n"
        + "      variables; THUMBNAIL_BUCKET is --thumbnail-bucket), finds thumbnails whose source is gone (orphans);\n"
        + "      --dry-run only reports; --delete-orphans deletes orphans; real S3 uses your default AWS credentials,\n"
        + "      --endpoint-url http://127.0.0.1:4568 the local S3 of `thumbs up`; Ctrl-C stops cleanly (exit 130);\n"
        + "      exit 0 when nothing failed, 1 otherwise";

    public static BackfillArguments Parse(IReadOnlyList<string> arguments)
    {
        var options = OptionReader.Parse(arguments, [.. BucketArguments.ValueOptions, "--concurrency"], ["--dry-run", "--delete-orphans"]);
        var buckets = BucketArguments.From(options);
        var concurrency = Operations.Backfill.BackfillOptions.DefaultConcurrency;
        if (options.Value("--concurrency") is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out concurrency) || concurrency is < 1 or > MaxConcurrency))
        {
            throw new UsageException($"--concurrency '{text}': expected a whole number from 1 to {MaxConcurrency}");
        }

        return new BackfillArguments(buckets, options.Flag("--dry-run"), options.Flag("--delete-orphans"), concurrency);
    }
}
