using ThumbnailService.Local.Commands;
using ThumbnailService.Operations.Commands.Backfill;

namespace ThumbnailService.Operations.Tests.Backfill;

public sealed class BackfillArgumentsTests
{
    [Fact]
    public void Parse_AllOptions_ReadsThem()
    {
        var parsed = BackfillArguments.Parse(
            ["--source-bucket", "s", "--thumbnail-bucket", "t", "--prefix", "p/", "--dry-run", "--delete-orphans", "--concurrency", "8", "--endpoint-url", "http://127.0.0.1:4568", "--region", "eu-west-1"]);

        Assert.Equal(new BucketArguments("s", "t", "p/", new Uri("http://127.0.0.1:4568"), "eu-west-1"), parsed.Buckets);
        Assert.True(parsed.DryRun);
        Assert.True(parsed.DeleteOrphans);
        Assert.Equal(8, parsed.Concurrency);
    }

    [Fact]
    public void Parse_OnlyBuckets_UsesDefaults()
    {
        var parsed = BackfillArguments.Parse(["--source-bucket", "s", "--thumbnail-bucket", "t"]);

        Assert.Equal((string.Empty, null, false, false, 4), (parsed.Buckets.Prefix, parsed.Buckets.Endpoint, parsed.DryRun, parsed.DeleteOrphans, parsed.Concurrency));
    }

    [Theory]
    [InlineData("--thumbnail-bucket", "t")]
    [InlineData("--source-bucket", "s")]
    public void Parse_MissingBucket_IsUsageError(string name, string value)
    {
        var error = Assert.Throws<UsageException>(() => BackfillArguments.Parse([name, value]));

        Assert.EndsWith("is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    [InlineData("four")]
    public void Parse_BadConcurrency_IsUsageError(string value)
    {
        Assert.Throws<UsageException>(() => BackfillArguments.Parse(["--source-bucket", "s", "--thumbnail-bucket", "t", "--concurrency", value]));
    }

    [Fact]
    public void Parse_EndpointNotHttp_IsUsageError()
    {
        Assert.Throws<UsageException>(() => BackfillArguments.Parse(["--source-bucket", "s", "--thumbnail-bucket", "t", "--endpoint-url", "127.0.0.1:4568"]));
    }

    [Fact]
    public void ManifestParse_WithoutOut_IsUsageError()
    {
        var error = Assert.Throws<UsageException>(() => ManifestArguments.Parse(["--source-bucket", "s", "--thumbnail-bucket", "t"]));

        Assert.Equal("--out is required", error.Message);
    }
}
