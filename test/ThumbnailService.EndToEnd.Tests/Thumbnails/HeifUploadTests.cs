using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.EndToEnd.Tests.Thumbnails;

/// <summary>
/// Phone photos through the real bootstrap: a HEIC and an AVIF (made by heif-enc from a painted image) uploaded to the
/// local S3 get JPEG thumbnails, which needs the native library shipped beside bootstrap.
/// </summary>
public sealed class HeifUploadTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Thumbs = "thumbnails";

    [RequiresTheory("node", "make", "heif-enc")]
    [InlineData("phone/IMG_0001.HEIC", false)]
    [InlineData("phone/IMG_0002.avif", true)]
    public async Task Upload_HeifPhoto_JpegThumbnailsOfUprightSize(string key, bool avif)
    {
        using var painted = new Image<Rgba32>(300, 150, new Rgba32(200, 40, 40));
        byte[] source = Libheif.Encode(painted, avif);

        var routed = await fixture.UploadAndWaitAsync(key, source);

        Assert.True(routed.Result.Succeeded, routed.Result.ErrorMessage);
        using var response = JsonDocument.Parse(routed.Result.Payload.ToArray());
        Assert.Equal("Created", response.RootElement.GetProperty("results")[0].GetProperty("outcome").GetString());
        var large = await fixture.S3.GetObjectMetadataAsync(Thumbs, "large/" + key);
        Assert.Equal("image/jpeg", large.Headers.ContentType);
        Assert.Equal(("96", "48"), (large.Metadata["x-amz-meta-width"], large.Metadata["x-amz-meta-height"]));
        using var small = Images.Decode((await fixture.S3.GetBytesAsync(Thumbs, "small/" + key))!);
        Assert.Equal((24, 24), (small.Width, small.Height));
        ColourAssert.Near(new Rgba32(200, 40, 40), small[12, 12]);
    }
}
