namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>The parsed command line of <c>thumbs manifest</c>; the output path is resolved against the current directory.</summary>
internal sealed record ManifestArguments(BucketArguments Buckets, string OutPath)
{
    public static string Usage =>
        $"manifest {BucketArguments.Usage} --out manifest.csv\n"
        + "      writes an S3 Batch Operations CSV manifest (bucket,URL-encoded key) of the sources whose thumbnails are\n"
        + "      missing or stale, to run the deployed ThumbnailFunction on them (docs/backfill.md); changes nothing in S3";

    public static ManifestArguments Parse(IReadOnlyList<string> arguments)
    {
        var options = OptionReader.Parse(arguments, [.. BucketArguments.ValueOptions, "--out"], []);
        var buckets = BucketArguments.From(options);
        var output = options.Value("--out") is { Length: > 0 } path ? Path.GetFullPath(path) : throw new UsageException("--out is required");
        if (Directory.Exists(output))
        {
            throw new UsageException($"--out '{output}' is a folder; pass a file name such as manifest.csv");
        }

        return new ManifestArguments(buckets, output);
    }
}
