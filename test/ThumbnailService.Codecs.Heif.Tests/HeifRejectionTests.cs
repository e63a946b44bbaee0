using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Heif.Tests.Support;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests;

/// <summary>What the pipeline refuses about HEIF sources, and that it decides before the native decoder runs.</summary>
public sealed class HeifRejectionTests
{
    [Fact]
    public void Render_HeaderClaims60000x60000_RejectsTooManyPixelsWithoutDecoding()
    {
        var decoder = new HeifSourceDecoder();
        byte[] bomb = [.. HeifBoxes.Header(60_000, 60_000), .. HeifBoxes.Box("mdat", new byte[64])];

        RenderOutcome.Rejected rejected = HeifPipelines.Create(decoder).RenderRejected(bomb);

        Assert.Equal(RejectionReason.TooManyPixels, rejected.Reason);
        Assert.Contains("60000x60000", rejected.Detail, StringComparison.Ordinal);
        Assert.False(decoder.NativeLibraryRequested);
    }

    [Fact]
    public void Render_RotatedHeaderOverLimit_RejectsOnStoredPixels()
    {
        var decoder = new HeifSourceDecoder();
        byte[] header = HeifBoxes.Header(3000, 2000, quarterTurns: 1);

        RenderOutcome.Rejected rejected = HeifPipelines.Create(decoder, maxSourcePixels: 5_999_999).RenderRejected(header);

        Assert.Equal(RejectionReason.TooManyPixels, rejected.Reason);
        Assert.Contains("3000x2000", rejected.Detail, StringComparison.Ordinal);
        Assert.False(decoder.NativeLibraryRequested);
    }

    [RequiresTheory("heif-enc")]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_TruncatedHeif_RejectsCorrupt(bool avif)
    {
        byte[] file = avif ? HeifSamples.Avif : HeifSamples.Heic;

        RenderOutcome.Rejected rejected = HeifPipelines.Create().RenderRejected(file[..(file.Length * 3 / 4)]);

        Assert.Equal(RejectionReason.Corrupt, rejected.Reason);
    }

    [Fact]
    public void Render_HeaderWithoutMediaData_RejectsCorruptFromDecoder()
    {
        var decoder = new HeifSourceDecoder();

        RenderOutcome.Rejected rejected = HeifPipelines.Create(decoder).RenderRejected(HeifBoxes.Header(64, 48));

        Assert.Equal(RejectionReason.Corrupt, rejected.Reason);
        Assert.True(decoder.NativeLibraryRequested);
    }

    [Fact]
    public void Render_JpegCodedPrimaryItem_RejectsUnsupportedFormat()
    {
        RenderOutcome.Rejected rejected = HeifPipelines.Create().RenderRejected(HeifBoxes.Header(64, 48, itemType: "jpeg"));

        Assert.Equal(RejectionReason.UnsupportedFormat, rejected.Reason);
        Assert.Contains("'jpeg'", rejected.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MoreBoxesThanBudget_RejectsTooMuchWork()
    {
        // 5000 empty boxes between ftyp and meta: 40 KB of nothing but walking work.
        byte[] header = HeifBoxes.Header(64, 48);
        int metaAt = header.AsSpan().IndexOf("meta"u8) - 4;
        byte[] padded = [.. header[..metaAt], .. Enumerable.Range(0, 5000).SelectMany(_ => HeifBoxes.Box("free", [])), .. header[metaAt..]];

        RenderOutcome.Rejected rejected = HeifPipelines.Create().RenderRejected(padded);

        Assert.Equal(RejectionReason.TooMuchWork, rejected.Reason);
    }

    [RequiresFact("heif-enc")]
    public void Render_HeifNotAllowed_RejectsUnsupportedFormat()
    {
        var decoder = new HeifSourceDecoder();

        RenderOutcome.Rejected rejected = HeifPipelines.Create(decoder, allowHeif: false).RenderRejected(HeifSamples.Heic);

        Assert.Equal(RejectionReason.UnsupportedFormat, rejected.Reason);
        Assert.Contains("HEIC", rejected.Detail, StringComparison.Ordinal);
        Assert.False(decoder.NativeLibraryRequested);
    }

    [RequiresFact("heif-enc")]
    public void Render_OtherFormats_NeverRequestNativeLibraryUntilHeif()
    {
        var decoder = new HeifSourceDecoder();
        var pipeline = HeifPipelines.Create(decoder, presets: Pipelines.Square);
        using Image<Rgba32> image = TestImages.Quadrants(64, 48);
        foreach (byte[] source in new IImageEncoder[] { new JpegEncoder(), new PngEncoder(), new GifEncoder(), new WebpEncoder() }.Select(e => TestImages.Encode(image, e)))
        {
            Assert.IsType<RenderOutcome.Rendered>(pipeline.Render(source));
        }

        Assert.False(decoder.NativeLibraryRequested);
        pipeline.RenderOk(HeifSamples.Heic);
        Assert.True(decoder.NativeLibraryRequested);
    }
}
