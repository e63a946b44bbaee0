using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.EndToEnd.Tests.Thumbnails;

/// <summary>The per-source manifest through the real bootstrap and the local S3 host's request log.</summary>
public sealed class ManifestTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [RequiresFact("node", "make")]
    public async Task Upload_ManifestPutAfterTheLastThumbnailPut()
    {
        const string key = "manifest/order é.jpg";
        var mark = fixture.Mark();

        await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));

        var requests = await fixture.SettledSinceAsync(mark);
        var manifestPut = requests.ToList().IndexOf($"PUT /thumbnails/meta/{key}.json 200");
        Assert.True(manifestPut >= 0, string.Join("\n", requests));
        var thumbnailPuts = requests.Select((line, i) => (line, i)).Where(r => r.line.StartsWith("PUT /thumbnails/large/", StringComparison.Ordinal)
            || r.line.StartsWith("PUT /thumbnails/small/", StringComparison.Ordinal)).Select(r => r.i).ToList();
        Assert.Equal(2, thumbnailPuts.Count);
        Assert.All(thumbnailPuts, i => Assert.True(i < manifestPut, string.Join("\n", requests)));
    }

    [RequiresFact("node", "make")]
    public async Task Upload_ManifestMatchesTheStoredThumbnails()
    {
        const string key = "manifest/match.jpg";
        var source = Images.Jpeg(300, 150);

        await fixture.UploadAndWaitAsync(key, source);

        var head = await fixture.S3.GetObjectMetadataAsync("thumbnails", $"meta/{key}.json");
        Assert.Equal("application/json", head.Headers.ContentType);
        Assert.Equal(head.Metadata["x-amz-meta-source-etag"], (await fixture.S3.GetObjectMetadataAsync("uploads", key)).ETag.Trim('"'));
        using var manifest = JsonDocument.Parse((await fixture.S3.GetBytesAsync("thumbnails", $"meta/{key}.json"))!);
        var root = manifest.RootElement;
        Assert.Equal((300, 150, source.Length), (root.GetProperty("source").GetProperty("width").GetInt32(),
            root.GetProperty("source").GetProperty("height").GetInt32(), root.GetProperty("source").GetProperty("bytes").GetInt32()));
        foreach (var listed in root.GetProperty("thumbnails").EnumerateArray())
        {
            var bytes = (await fixture.S3.GetBytesAsync("thumbnails", listed.GetProperty("key").GetString()!))!;
            using var image = Image.Load(bytes);
            Assert.Equal((listed.GetProperty("width").GetInt32(), listed.GetProperty("height").GetInt32(), listed.GetProperty("bytes").GetInt64()),
                (image.Width, image.Height, bytes.LongLength));
        }

        // Left half red, right half blue: the placeholder shows the same, and the colours are those two.
        using var large = Images.Decode((await fixture.S3.GetBytesAsync("thumbnails", "large/" + key))!);
        using var placeholder = ThumbHashDecoder.Decode(Convert.FromBase64String(root.GetProperty("thumbHash").GetString()!));
        Assert.True(Correlation(placeholder, large) > 0.8, $"the placeholder should look like the thumbnail (r = {Correlation(placeholder, large):0.00})");
        var dominant = Convert.FromHexString(root.GetProperty("dominantColor").GetString()!.TrimStart('#'));
        var nearRed = dominant[0] > 220 && dominant[1] < 30 && dominant[2] < 30;
        var nearBlue = dominant[0] < 30 && dominant[1] < 30 && dominant[2] > 220;
        Assert.True(nearRed || nearBlue, $"dominant colour {root.GetProperty("dominantColor").GetString()} is neither the red nor the blue half");
    }

    [RequiresFact("node", "make")]
    public async Task Delete_ManifestDeletedAfterTheThumbnails()
    {
        const string key = "manifest/delete me.jpg";
        await fixture.UploadAndWaitAsync(key, Images.Jpeg(80, 80));
        var mark = fixture.Mark();

        var cleanup = await fixture.DeleteAndWaitAsync(key);

        Assert.True(cleanup.Result.Succeeded, cleanup.Result.ErrorMessage);
        var deletes = (await fixture.SettledSinceAsync(mark)).Where(line => line.StartsWith("DELETE /thumbnails/", StringComparison.Ordinal)).ToList();
        Assert.StartsWith($"DELETE /thumbnails/meta/{key}.json ", deletes[^1], StringComparison.Ordinal);
        Assert.Equal(3, deletes.Count);
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", $"meta/{key}.json"));
    }

    /// <summary>Pearson correlation of the red-minus-blue value per pixel, the thumbnail resized to the placeholder's size.</summary>
    private static double Correlation(Image<Rgba32> placeholder, Image<Rgba32> thumbnail)
    {
        using var resized = thumbnail.Clone(ctx => ctx.Resize(placeholder.Width, placeholder.Height));
        var pairs = new List<(double A, double B)>();
        for (int y = 0; y < placeholder.Height; y++)
        {
            for (int x = 0; x < placeholder.Width; x++)
            {
                pairs.Add((placeholder[x, y].R - placeholder[x, y].B, resized[x, y].R - resized[x, y].B));
            }
        }

        double meanA = pairs.Average(p => p.A), meanB = pairs.Average(p => p.B);
        double cov = pairs.Sum(p => (p.A - meanA) * (p.B - meanB));
        double varA = pairs.Sum(p => (p.A - meanA) * (p.A - meanA)), varB = pairs.Sum(p => (p.B - meanB) * (p.B - meanB));
        return cov / Math.Sqrt(varA * varB);
    }
}
