using System.Text;
using Amazon.S3;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.EndToEnd.Tests.Infrastructure.Moto;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.EndToEnd.Tests.Policies;

/// <summary>
/// The real bootstrap against moto with authentication on, each function running as a role whose only policies are the
/// template's own (resolved for this stack's bucket names): the job works under them, and they allow nothing more.
/// moto's SigV4 check fails keys with any reserved or non-ASCII character but space and '~' (docs/s3-implementations.md):
/// awkward keys stay in the s3rver suites.
/// </summary>
public sealed class PolicyEnforcedTests(MotoStackFixture fixture) : IClassFixture<MotoStackFixture>
{
    public static TheoryData<string> Functions => new("ThumbnailFunction", "CleanupFunction");

    [RequiresTheory("make")]
    [InlineData("policy/plain.jpg")]
    [InlineData("policy/red flower.jpg")]
    [InlineData("policy/deep/er/tilde~name.jpg")]
    public async Task Upload_UnderTemplatePolicies_ThumbnailsReadBackFromMoto(string key)
    {
        var source = Images.Jpeg(300, 150);

        var routed = await fixture.UploadAndWaitAsync(key, source);

        Assert.True(routed.Result.Succeeded, routed.Result.ErrorMessage);
        Assert.Equal(1, routed.Attempts);
        var large = await fixture.S3.GetObjectMetadataAsync(fixture.ThumbnailBucket, "large/" + key);
        Assert.Equal("image/jpeg", large.Headers.ContentType);
        Assert.Equal(("96", "48"), (large.Metadata["x-amz-meta-width"], large.Metadata["x-amz-meta-height"]));
        using var small = Images.Decode((await fixture.S3.GetBytesAsync(fixture.ThumbnailBucket, "small/" + key))!);
        Assert.Equal((24, 24), (small.Width, small.Height));
    }

    [RequiresFact("make")]
    public async Task Delete_UnderTemplatePolicies_CleanupRemovesEveryThumbnail()
    {
        const string key = "policy/to delete.jpg";
        await fixture.UploadAndWaitAsync(key, Images.Jpeg(80, 80));
        Assert.NotNull(await fixture.S3.GetBytesAsync(fixture.ThumbnailBucket, "small/" + key));

        var cleanup = await fixture.DeleteAndWaitAsync(key);

        Assert.True(cleanup.Result.Succeeded, cleanup.Result.ErrorMessage);
        Assert.Null(await fixture.S3.GetBytesAsync(fixture.ThumbnailBucket, "large/" + key));
        Assert.Null(await fixture.S3.GetBytesAsync(fixture.ThumbnailBucket, "small/" + key));
    }

    [RequiresFact("make")]
    public async Task DuplicateEvent_AnotherSandbox_OnlyHeadsTheManifest()
    {
        const string key = "policy/dup elsewhere.jpg";
        var first = await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));
        await using var other = await fixture.StartSandboxAsync("ThumbnailFunction");
        var mark = fixture.Moto.Requests.Mark();

        var duplicate = await other.InvokeAsync(Encoding.UTF8.GetBytes(first.EventJson));

        Assert.Equal(InvocationStatus.Succeeded, duplicate.Status);
        Assert.Contains("\"outcome\":\"AlreadyDone\"", Encoding.UTF8.GetString(duplicate.Payload.Span), StringComparison.Ordinal);
        Assert.Equal(DuplicateCost(key), (await fixture.S3RequestsSinceAsync(mark)).Order());
    }

    [RequiresFact("make")]
    public async Task DuplicateEvent_SameSandboxButNoSequencer_OnlyHeadsTheManifest()
    {
        // moto's events carry no sequencer, so the process cannot tell a duplicate from a new upload of the same bytes
        // (S3 always sends one; the s3rver suite shows that path costs no request): it costs what another sandbox pays.
        const string key = "policy/dup here.jpg";
        var first = await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));
        Assert.DoesNotContain("\"sequencer\"", first.EventJson, StringComparison.Ordinal);
        var mark = fixture.Moto.Requests.Mark();

        var duplicate = await fixture.InvokeAsync("thumbnail", first.EventJson);

        Assert.Contains("\"outcome\":\"AlreadyDone\"", Encoding.UTF8.GetString(duplicate.Payload.Span), StringComparison.Ordinal);
        Assert.Equal(DuplicateCost(key), (await fixture.S3RequestsSinceAsync(mark)).Order());
    }

    /// <summary>What a duplicate costs on s3rver too: one HEAD of the source's manifest (it records the version), no GET, no PUT.</summary>
    private string[] DuplicateCost(string key) => [$"HEAD /{fixture.ThumbnailBucket}/meta/{key}.json 200"];

    [RequiresTheory("make")]
    [MemberData(nameof(Functions))]
    public async Task FunctionRole_ReadsItsSource_ButNotTheNeighbourBucket(string functionId)
    {
        const string key = "policy/role probe.jpg";
        await fixture.S3.PutAsync(fixture.SourceBucket, key, [1, 2, 3]);
        await fixture.S3.PutAsync(fixture.NeighbourBucket, key, [1, 2, 3]);
        using var function = fixture.FunctionS3(functionId);

        Assert.Equal([1, 2, 3], await function.GetBytesAsync(fixture.SourceBucket, key)); // the credentials are good: what follows is policy
        Assert.Equal("AccessDenied", await MotoStackExtensions.ErrorCodeAsync(() => function.GetObjectAsync(fixture.NeighbourBucket, key)));
        Assert.Equal("AccessDenied", await MotoStackExtensions.ErrorCodeAsync(() => function.ListObjectsV2Async(new() { BucketName = fixture.NeighbourBucket })));
    }

    [RequiresTheory("make")]
    [MemberData(nameof(Functions))]
    public async Task FunctionRole_CannotWriteOrDeleteSources(string functionId)
    {
        const string key = "policy/keep me.jpg";
        await fixture.S3.PutAsync(fixture.SourceBucket, key, [7, 7, 7]);
        using var function = fixture.FunctionS3(functionId);

        Assert.Equal("AccessDenied", await MotoStackExtensions.ErrorCodeAsync(() => function.PutAsync(fixture.SourceBucket, key, [9])));
        Assert.Equal("AccessDenied", await MotoStackExtensions.ErrorCodeAsync(() => function.PutAsync(fixture.SourceBucket, "policy/new.jpg", [9])));
        Assert.Equal("AccessDenied", await MotoStackExtensions.ErrorCodeAsync(() => function.DeleteObjectAsync(fixture.SourceBucket, key)));
        Assert.Equal([7, 7, 7], await fixture.S3.GetBytesAsync(fixture.SourceBucket, key));
    }

    [RequiresFact("make")]
    public async Task FunctionRole_CannotDeleteOrCreateBuckets()
    {
        using var thumbnail = fixture.FunctionS3("ThumbnailFunction");

        Assert.Equal("AccessDenied", await MotoStackExtensions.ErrorCodeAsync(() => thumbnail.DeleteBucketAsync(fixture.ThumbnailBucket)));
        Assert.Equal("AccessDenied", await MotoStackExtensions.ErrorCodeAsync(() => thumbnail.PutBucketAsync(fixture.NeighbourBucket + "-2")));
    }
}
