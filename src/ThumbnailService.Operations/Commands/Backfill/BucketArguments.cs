namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>The options <c>thumbs backfill</c> and <c>thumbs manifest</c> share: which buckets, which keys, which S3.</summary>
internal sealed record BucketArguments(string SourceBucket, string ThumbnailBucket, string Prefix, Uri? Endpoint, string? Region)
{
    public static readonly string[] ValueOptions = ["--source-bucket", "--thumbnail-bucket", "--prefix", "--endpoint-url", "--region"];

    public const string Usage = "--source-bucket B --thumbnail-bucket T [--prefix P] [--endpoint-url URL] [--region R]";

    public static BucketArguments From(OptionReader options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = Required(options, "--source-bucket");
        var thumbnails = Required(options, "--thumbnail-bucket");
        Uri? endpoint = null;
        if (options.Value("--endpoint-url") is { } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            throw new UsageException($"--endpoint-url '{url}' is not an http(s) URL; the local S3 is e.g. http://127.0.0.1:4568");
        }

        return new BucketArguments(source, thumbnails, options.Value("--prefix") ?? string.Empty, endpoint, options.Value("--region"));
    }

    private static string Required(OptionReader options, string name) =>
        options.Value(name) is { Length: > 0 } value ? value : throw new UsageException($"{name} is required");
}
