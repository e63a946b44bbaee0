using System.Text;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.EndToEnd.Tests.Thumbnails;

public sealed class IdempotencyTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [RequiresFact("node", "make")]
    public async Task DuplicateEvent_SameSandbox_MakesNoS3Request()
    {
        const string key = "idem/dup photo.jpg";
        var first = await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));
        var mark = fixture.Mark();

        var duplicate = await fixture.Pipeline.Thumbnail.InvokeAsync(Encoding.UTF8.GetBytes(first.EventJson));

        Assert.Equal(InvocationStatus.Succeeded, duplicate.Status);
        string payload = Encoding.UTF8.GetString(duplicate.Payload.Span);
        Assert.Contains("\"outcome\":\"AlreadyDone\"", payload, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"DuplicateEvent\"", payload, StringComparison.Ordinal);
        Assert.Empty(await fixture.SettledSinceAsync(mark));
    }

    [RequiresFact("node", "make")]
    public async Task DuplicateEvent_AnotherSandbox_OnlyHeadsTheManifest()
    {
        const string key = "idem/dup elsewhere.jpg";
        var first = await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));
        await using var other = await fixture.Pipeline.StartSandboxAsync("thumbnail", CancellationToken.None);
        var mark = fixture.Mark();

        var duplicate = await other.InvokeAsync(Encoding.UTF8.GetBytes(first.EventJson));

        Assert.Equal(InvocationStatus.Succeeded, duplicate.Status);
        Assert.Contains("\"outcome\":\"AlreadyDone\"", Encoding.UTF8.GetString(duplicate.Payload.Span), StringComparison.Ordinal);
        // The manifest is written after every thumbnail of this version and records its ETag: it answers alone.
        Assert.Equal(["HEAD /thumbnails/meta/idem/dup elsewhere.jpg.json 200"], await fixture.SettledSinceAsync(mark));
    }

    [RequiresFact("node", "make")]
    public async Task OverwrittenSource_NewVersion_NewThumbnails()
    {
        const string key = "idem/overwrite.jpg";
        await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));

        var second = await fixture.UploadAndWaitAsync(key, Images.Jpeg(100, 200));

        Assert.True(second.Result.Succeeded);
        using var large = Images.Decode((await fixture.S3.GetBytesAsync("thumbnails", "large/" + key))!);
        Assert.Equal((48, 96), (large.Width, large.Height));
    }

    [RequiresFact("node", "make")]
    public async Task StaleEvent_ForOlderVersion_DoesNoWork()
    {
        const string key = "idem/stale.jpg";
        var old = await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));
        await fixture.UploadAndWaitAsync(key, Images.Jpeg(100, 200));
        var mark = fixture.Mark();

        var stale = await fixture.Pipeline.Thumbnail.InvokeAsync(Encoding.UTF8.GetBytes(old.EventJson));

        Assert.Contains("\"outcome\":\"AlreadyDone\"", Encoding.UTF8.GetString(stale.Payload.Span), StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.SettledSinceAsync(mark), line => line.StartsWith("PUT ", StringComparison.Ordinal));
        using var large = Images.Decode((await fixture.S3.GetBytesAsync("thumbnails", "large/" + key))!);
        Assert.Equal((48, 96), (large.Width, large.Height));
    }

    [RequiresFact("node", "make")]
    public async Task LateEventAfterDelete_AnotherSandbox_SourceGoneAndNothingWritten()
    {
        const string key = "idem/deleted.jpg";
        var created = await UploadThenDeleteAsync(key);
        await using var other = await fixture.Pipeline.StartSandboxAsync("thumbnail", CancellationToken.None);

        var late = await other.InvokeAsync(Encoding.UTF8.GetBytes(created.EventJson));

        Assert.Contains("\"outcome\":\"SourceGone\"", Encoding.UTF8.GetString(late.Payload.Span), StringComparison.Ordinal);
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", "large/" + key));
    }

    [RequiresFact("node", "make")]
    public async Task LateEventAfterDelete_SameSandbox_NoS3RequestAndNothingWritten()
    {
        const string key = "idem/deleted here.jpg";
        var created = await UploadThenDeleteAsync(key);
        var mark = fixture.Mark();

        var late = await fixture.Pipeline.Thumbnail.InvokeAsync(Encoding.UTF8.GetBytes(created.EventJson));

        Assert.Contains("\"reason\":\"DuplicateEvent\"", Encoding.UTF8.GetString(late.Payload.Span), StringComparison.Ordinal);
        Assert.Empty(await fixture.SettledSinceAsync(mark));
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", "large/" + key));
    }

    [RequiresFact("node", "make")]
    public async Task SourceDeleted_CleanupRemovesEveryThumbnail()
    {
        const string key = "idem/to delete+1.jpg";
        await fixture.UploadAndWaitAsync(key, Images.Jpeg(80, 80));
        Assert.NotNull(await fixture.S3.GetBytesAsync("thumbnails", "small/" + key));

        var cleanup = await fixture.DeleteAndWaitAsync(key);

        Assert.True(cleanup.Result.Succeeded, cleanup.Result.ErrorMessage);
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", "large/" + key));
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", "small/" + key));
    }

    [RequiresFact("node", "make")]
    public async Task LateDeleteEvent_AfterReupload_KeepsTheNewThumbnails()
    {
        const string key = "idem/reuploaded.jpg";
        await fixture.UploadAndWaitAsync(key, Images.Jpeg(80, 40));
        var delete = await fixture.DeleteAndWaitAsync(key);
        await fixture.UploadAndWaitAsync(key, Images.Jpeg(100, 200));

        var replayed = await fixture.Pipeline.Cleanup.InvokeAsync(Encoding.UTF8.GetBytes(delete.EventJson));

        Assert.Contains("\"outcome\":\"SourceExists\"", Encoding.UTF8.GetString(replayed.Payload.Span), StringComparison.Ordinal);
        using var large = Images.Decode((await fixture.S3.GetBytesAsync("thumbnails", "large/" + key))!);
        Assert.Equal((48, 96), (large.Width, large.Height));
    }

    private async Task<RoutedInvocation> UploadThenDeleteAsync(string key)
    {
        var created = await fixture.UploadAndWaitAsync(key, Images.Jpeg(50, 50));
        await fixture.DeleteAndWaitAsync(key);
        return created;
    }
}
