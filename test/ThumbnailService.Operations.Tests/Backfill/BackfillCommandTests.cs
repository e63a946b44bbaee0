using System.Net;
using ThumbnailService.Core.Options;
using ThumbnailService.Local.S3Host;
using ThumbnailService.Operations.Commands;
using ThumbnailService.Operations.Tests.Backfill.TestDoubles;

namespace ThumbnailService.Operations.Tests.Backfill;

/// <summary>The commands as a user runs them, against the local S3 host through <c>--endpoint-url</c>; output redirected.</summary>
[Trait("Category", "Integration")]
public sealed class BackfillCommandTests(BackfillS3Fixture s3) : IClassFixture<BackfillS3Fixture>
{
    private static readonly Dictionary<string, string> Environment = new() { [ConfigurationVariables.Presets] = "t:4x4:inside" };
    private static readonly Amazon.Runtime.BasicAWSCredentials LocalCredentials = new(LocalS3Host.AccessKey, LocalS3Host.SecretKey);

    [RequiresFact("node")]
    public async Task Backfill_MissingThumbnailsAndAnOrphan_PrintsProgressAndTableThenExits0()
    {
        var prefix = $"cmd-{Guid.NewGuid():N}/";
        for (var i = 0; i < 5; i++)
        {
            await s3.PutAsync(BackfillS3Fixture.Sources, $"{prefix}{i}.jpg", BackfillWorld.Jpeg(i));
        }

        await s3.PutAsync(BackfillS3Fixture.Thumbnails, $"t/{prefix}gone.jpg", BackfillWorld.Jpeg());
        var (code, stdout, stderr) = await RunAsync(new BackfillCommand(Environment.GetValueOrDefault, new ManualTimeProvider(), LocalCredentials), prefix, "--delete-orphans");

        Assert.Equal(0, code);
        Assert.Contains("thumbs backfill: Reconciling 5 item(s)", stderr, StringComparison.Ordinal);
        Assert.Contains("thumbs backfill: Reconciling 5/5 (100%)", stderr, StringComparison.Ordinal);
        Assert.Matches(@"\| Created +\| +5 \|", stdout);
        Assert.Matches(@"\| Orphans deleted +\| +1 \|", stdout);
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
        Assert.Equal(5, (await s3.KeysAsync(BackfillS3Fixture.Thumbnails, $"t/{prefix}")).Count);
    }

    [RequiresFact("node")]
    public async Task Backfill_SourceBucketDoesNotExist_SaysSoAndExits1()
    {
        var command = new BackfillCommand(Environment.GetValueOrDefault, new ManualTimeProvider(), LocalCredentials);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await command.RunAsync(
            ["--source-bucket", "no-such-bucket", "--thumbnail-bucket", BackfillS3Fixture.Thumbnails, "--endpoint-url", s3.Host.Endpoint.AbsoluteUri],
            new CommandConsole(stdout, stderr), CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("NoSuchBucket", stderr.ToString(), StringComparison.Ordinal);
    }

    [RequiresFact("node")]
    public async Task Manifest_KeysWithSpacesPlusAndNonAscii_WritesUrlEncodedLinesOfSourcesNeedingWork()
    {
        var prefix = $"manifest-{Guid.NewGuid():N}/";
        string[] keys = [$"{prefix}summer holiday.jpg", $"{prefix}a+b.jpg", $"{prefix}東京/café.jpg", $"{prefix}done.jpg"];
        foreach (var key in keys)
        {
            await s3.PutAsync(BackfillS3Fixture.Sources, key, BackfillWorld.Jpeg());
        }

        var backfilled = await RunAsync(new BackfillCommand(Environment.GetValueOrDefault, new ManualTimeProvider(), LocalCredentials), $"{prefix}done");
        Assert.Equal(0, backfilled.Code);
        var path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, _, stderr) = await RunAsync(new ManifestCommand(Environment.GetValueOrDefault, new ManualTimeProvider(), LocalCredentials), prefix, "--out", path);

            Assert.Equal(0, code);
            Assert.Contains("wrote 3 line(s)", stderr, StringComparison.Ordinal);
            var lines = await File.ReadAllLinesAsync(path);
            Assert.Equal(
                [$"{BackfillS3Fixture.Sources},{prefix}a%2Bb.jpg", $"{BackfillS3Fixture.Sources},{prefix}summer%20holiday.jpg", $"{BackfillS3Fixture.Sources},{prefix}%E6%9D%B1%E4%BA%AC/caf%C3%A9.jpg"],
                lines);
            Assert.Equal(keys[..3].Order(StringComparer.Ordinal), lines.Select(l => WebUtility.UrlDecode(l.Split(',')[1])).Order(StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(ICommand command, string prefix, params string[] more)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] arguments =
        [
            "--source-bucket", BackfillS3Fixture.Sources, "--thumbnail-bucket", BackfillS3Fixture.Thumbnails, "--prefix", prefix,
            "--endpoint-url", s3.Host.Endpoint.AbsoluteUri, .. more,
        ];
        var code = await command.RunAsync(arguments, new CommandConsole(stdout, stderr), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
