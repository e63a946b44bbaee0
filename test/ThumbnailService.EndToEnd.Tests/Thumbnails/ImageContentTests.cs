using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.EndToEnd.Tests.Infrastructure;

namespace ThumbnailService.EndToEnd.Tests.Thumbnails;

public sealed class ImageContentTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    /// <summary>Stored pixels are left-red/right-blue; where that side ends up once upright, per EXIF orientation.</summary>
    [RequiresTheory("node", "make")]
    [InlineData(1, "left-red")]
    [InlineData(2, "right-red")]
    [InlineData(3, "right-red")]
    [InlineData(4, "left-red")]
    [InlineData(5, "top-red")]
    [InlineData(6, "top-red")]
    [InlineData(7, "bottom-red")]
    [InlineData(8, "bottom-red")]
    public async Task Upload_ExifOrientation_ThumbnailIsUpright(ushort orientation, string expected)
    {
        var key = $"content/orientation-{orientation}.jpg";

        await fixture.UploadAndWaitAsync(key, Images.Jpeg(160, 80, orientation));

        using var large = Images.Decode((await fixture.S3.GetBytesAsync("thumbnails", "large/" + key))!);
        var transposed = orientation >= 5;
        Assert.Equal(transposed ? (48, 96) : (96, 48), (large.Width, large.Height));
        var (redProbe, blueProbe) = expected switch
        {
            "left-red" => (new Point(10, 24), new Point(86, 24)),
            "right-red" => (new Point(86, 24), new Point(10, 24)),
            "top-red" => (new Point(24, 10), new Point(24, 86)),
            _ => (new Point(24, 86), new Point(24, 10)),
        };
        AssertNear(Images.Red, large[redProbe.X, redProbe.Y]);
        AssertNear(Images.Blue, large[blueProbe.X, blueProbe.Y]);
        Assert.Null(large.Metadata.ExifProfile);
    }

    [RequiresFact("node", "make")]
    public async Task Upload_TransparentPng_PngThumbnailKeepsAlpha()
    {
        const string key = "content/logo.png";

        await fixture.UploadAndWaitAsync(key, Images.HalfTransparentPng(120, 60));

        var head = await fixture.S3.GetObjectMetadataAsync("thumbnails", "large/" + key);
        Assert.Equal("image/png", head.Headers.ContentType);
        using var large = Images.Decode((await fixture.S3.GetBytesAsync("thumbnails", "large/" + key))!);
        Assert.Equal(0, large[5, 20].A);
        Assert.Equal(255, large[90, 20].A);
    }

    [RequiresFact("node", "make")]
    public async Task Upload_PhotoWithGps_NoExifInThumbnails()
    {
        const string key = "content/gps.jpg";

        await fixture.UploadAndWaitAsync(key, Images.Jpeg(120, 120, gps: true));

        var bytes = (await fixture.S3.GetBytesAsync("thumbnails", "large/" + key))!;
        using var large = Images.Decode(bytes);
        Assert.Null(large.Metadata.ExifProfile);
        Assert.DoesNotContain("Exif", System.Text.Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
    }

    [RequiresTheory("node", "make")]
    [InlineData("content/not-an-image.jpg", "<html><body>hello</body></html>", "NotAnImage")]
    [InlineData("content/empty.png", "", "Empty")]
    [InlineData("content/drawing.svg.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "UnsupportedFormat")]
    public async Task Upload_NotAnImage_RejectedWithReasonAndNoRetry(string key, string content, string reason)
    {
        var routed = await fixture.UploadAndWaitAsync(key, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.True(routed.Result.Succeeded);
        Assert.Equal(1, routed.Attempts);
        using var response = JsonDocument.Parse(routed.Result.Payload.ToArray());
        var result = response.RootElement.GetProperty("results")[0];
        Assert.Equal("Rejected", result.GetProperty("outcome").GetString());
        Assert.Equal(reason, result.GetProperty("reason").GetString());
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", "large/" + key));
    }

    private static void AssertNear(Rgba32 expected, Rgba32 actual)
    {
        Assert.True(Math.Abs(expected.R - actual.R) < 60 && Math.Abs(expected.G - actual.G) < 60 && Math.Abs(expected.B - actual.B) < 60, $"expected {expected}, got {actual}");
    }
}
