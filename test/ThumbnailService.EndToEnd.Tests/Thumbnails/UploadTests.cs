using System.Text.Json;
using Amazon.S3.Model;
using ThumbnailService.EndToEnd.Tests.Infrastructure;

namespace ThumbnailService.EndToEnd.Tests.Thumbnails;

public sealed class UploadTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Thumbs = "thumbnails";

    [RequiresTheory("node", "make")]
    [InlineData("upload/plain.jpg")]
    [InlineData("upload/red flower.jpg")]
    [InlineData("upload/a+b=c.jpg")]
    [InlineData("upload/100% sure.jpg")]
    [InlineData("upload/café/写真 ü.jpg")]
    public async Task Upload_JpegWithAwkwardKey_ThumbnailsAtDecodedKey(string key)
    {
        var source = Images.Jpeg(300, 150);

        var routed = await fixture.UploadAndWaitAsync(key, source);

        Assert.True(routed.Result.Succeeded, routed.Result.ErrorMessage);
        Assert.Equal(source, await fixture.S3.GetBytesAsync("uploads", key));
        var large = await fixture.S3.GetObjectMetadataAsync(Thumbs, "large/" + key);
        Assert.Equal("image/jpeg", large.Headers.ContentType);
        Assert.Equal("96", large.Metadata["x-amz-meta-width"]);
        Assert.Equal("48", large.Metadata["x-amz-meta-height"]);
        using var small = Images.Decode((await fixture.S3.GetBytesAsync(Thumbs, "small/" + key))!);
        Assert.Equal((24, 24), (small.Width, small.Height));
        using var response = JsonDocument.Parse(routed.Result.Payload.ToArray());
        Assert.Equal("Created", response.RootElement.GetProperty("results")[0].GetProperty("outcome").GetString());
    }
}
