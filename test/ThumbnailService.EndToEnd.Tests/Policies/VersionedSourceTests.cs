using System.Text.Json;
using Amazon.S3.Model;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.EndToEnd.Tests.Infrastructure.Moto;

namespace ThumbnailService.EndToEnd.Tests.Policies;

/// <summary>
/// A versioned source bucket, the real bootstrap and the template's own policies on moto: each event is processed for
/// the source's current version, read by version id (which needs s3:GetObjectVersion), recorded on every thumbnail;
/// a delete marker removes the thumbnails; deleting a noncurrent version keeps them.
/// </summary>
public sealed class VersionedSourceTests(VersionedMotoStackFixture fixture) : IClassFixture<VersionedMotoStackFixture>
{
    [RequiresFact("make")]
    public async Task Created_VersionedSource_ThumbnailsRecordThatVersion()
    {
        var v1 = await PutAsync("versions/one.jpg", Images.Jpeg(200, 100));

        var outcome = await InvokeAsync("thumbnail", "ObjectCreated:Put", "versions/one.jpg", v1);

        Assert.Equal("Created", outcome);
        await AssertThumbnailsAsync("versions/one.jpg", v1.VersionId, (96, 48));
    }

    [RequiresFact("make")]
    public async Task Created_OlderVersionsEventAfterTheNewer_KeepsTheNewerThumbnails()
    {
        var v1 = await PutAsync("versions/two.jpg", Images.Jpeg(200, 100));
        var v2 = await PutAsync("versions/two.jpg", Images.Jpeg(100, 200));
        Assert.Equal("Created", await InvokeAsync("thumbnail", "ObjectCreated:Put", "versions/two.jpg", v2));

        var late = await InvokeAsync("thumbnail", "ObjectCreated:Put", "versions/two.jpg", v1);

        Assert.Equal("AlreadyDone", late);
        await AssertThumbnailsAsync("versions/two.jpg", v2.VersionId, (48, 96));
    }

    [RequiresFact("make")]
    public async Task Removed_DeleteMarkerCreated_DeletesTheThumbnails()
    {
        var v1 = await PutAsync("versions/marker.jpg", Images.Jpeg(120, 60));
        Assert.Equal("Created", await InvokeAsync("thumbnail", "ObjectCreated:Put", "versions/marker.jpg", v1));
        var marker = await fixture.S3.DeleteObjectAsync(fixture.SourceBucket, "versions/marker.jpg");
        Assert.Equal("true", marker.DeleteMarker);

        var outcome = await InvokeAsync("cleanup", "ObjectRemoved:DeleteMarkerCreated", "versions/marker.jpg", new PutObjectResponse { VersionId = marker.VersionId });

        Assert.Equal("Deleted", outcome);
        Assert.Null(await fixture.S3.GetBytesAsync(fixture.ThumbnailBucket, "large/versions/marker.jpg"));
        Assert.Null(await fixture.S3.GetBytesAsync(fixture.ThumbnailBucket, "small/versions/marker.jpg"));
    }

    [RequiresFact("make")]
    public async Task Removed_NoncurrentVersionDeleted_KeepsTheCurrentThumbnails()
    {
        var v1 = await PutAsync("versions/noncurrent.jpg", Images.Jpeg(200, 100));
        var v2 = await PutAsync("versions/noncurrent.jpg", Images.Jpeg(100, 200));
        Assert.Equal("Created", await InvokeAsync("thumbnail", "ObjectCreated:Put", "versions/noncurrent.jpg", v2));
        await fixture.S3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = fixture.SourceBucket, Key = "versions/noncurrent.jpg", VersionId = v1.VersionId });

        var outcome = await InvokeAsync("cleanup", "ObjectRemoved:Delete", "versions/noncurrent.jpg", v1);

        Assert.Equal("SourceExists", outcome);
        await AssertThumbnailsAsync("versions/noncurrent.jpg", v2.VersionId, (48, 96));
    }

    [RequiresFact("make")]
    public async Task Removed_CurrentVersionDeleted_ThumbnailsShowThePreviousVersion()
    {
        var v1 = await PutAsync("versions/current.jpg", Images.Jpeg(200, 100));
        var v2 = await PutAsync("versions/current.jpg", Images.Jpeg(100, 200));
        Assert.Equal("Created", await InvokeAsync("thumbnail", "ObjectCreated:Put", "versions/current.jpg", v2));
        await fixture.S3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = fixture.SourceBucket, Key = "versions/current.jpg", VersionId = v2.VersionId });

        var outcome = await InvokeAsync("cleanup", "ObjectRemoved:Delete", "versions/current.jpg", v2);

        Assert.Equal("Repaired", outcome);
        await AssertThumbnailsAsync("versions/current.jpg", v1.VersionId, (96, 48));
    }

    private async Task<PutObjectResponse> PutAsync(string key, byte[] body)
    {
        var put = await fixture.S3.PutObjectAsync(new PutObjectRequest { BucketName = fixture.SourceBucket, Key = key, InputStream = new MemoryStream(body) });
        Assert.False(string.IsNullOrEmpty(put.VersionId), "the source bucket must be versioned");
        return put;
    }

    /// <summary>Invokes a function with the event S3 sends for that version and returns the outcome it answered.</summary>
    private async Task<string> InvokeAsync(string handler, string eventName, string key, PutObjectResponse version)
    {
        var result = await fixture.InvokeAsync(handler, Payloads.S3Version(eventName, fixture.SourceBucket, key, version.ETag?.Trim('"'), version.VersionId));
        Assert.True(result.Succeeded, result.ErrorMessage);
        using var response = JsonDocument.Parse(result.Payload.ToArray());
        return response.RootElement.GetProperty("results")[0].GetProperty("outcome").GetString()!;
    }

    private async Task AssertThumbnailsAsync(string key, string versionId, (int Width, int Height) large)
    {
        foreach (var preset in new[] { "large", "small" })
        {
            var head = await fixture.S3.GetObjectMetadataAsync(fixture.ThumbnailBucket, $"{preset}/{key}");
            Assert.Equal(versionId, head.Metadata["x-amz-meta-source-version-id"]);
        }

        using var image = Images.Decode((await fixture.S3.GetBytesAsync(fixture.ThumbnailBucket, "large/" + key))!);
        Assert.Equal(large, (image.Width, image.Height));
    }
}
