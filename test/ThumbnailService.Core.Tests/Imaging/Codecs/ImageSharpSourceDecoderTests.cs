using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Core.Tests.Imaging.Codecs;

/// <summary>
/// Which <see cref="NotSupportedException"/> is a rejection and which a fault is decided by where it is thrown:
/// ImageSharp's readers (an unsupported variant) or anywhere else (a bug or a Native AOT gap: retried, not dropped).
/// </summary>
public sealed class ImageSharpSourceDecoderTests
{
    [Fact]
    public void Render_LosslessJpegImageSharpCannotRead_RejectsUnsupportedVariant()
    {
        RenderOutcome.Rejected rejected = Pipelines.Create().RenderRejected(LosslessJpeg());

        Assert.Equal(RejectionReason.UnsupportedFormat, rejected.Reason);
        Assert.StartsWith("Unsupported image variant: ", rejected.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotSupportedOutsideImageSharpsReaders_PropagatesAsFault()
    {
        var codecs = ImageCodecs.ImageSharpOnly.With(new ThrowingDecoder());
        var pipeline = new ImagePipeline(new ImagePipelineOptions { Presets = [Pipelines.Square] }, codecs);
        using var image = TestImages.Quadrants(32, 32);
        byte[] jpeg = TestImages.Encode(image, new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder());

        var exception = Assert.Throws<NotSupportedException>(() => pipeline.Render(jpeg));

        Assert.Equal(ThrowingDecoder.Message, exception.Message);
    }

    /// <summary>SOF3 (lossless, predictor 1), one 16x16 component, one Huffman table, a scan: ImageSharp 2.1 does not read lossless JPEG.</summary>
    private static byte[] LosslessJpeg() =>
    [
        0xFF, 0xD8,
        0xFF, 0xC3, 0x00, 0x0B, 0x08, 0x00, 0x10, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, .. new byte[15], 0x00,
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x01, 0x00, 0x00,
        .. new byte[64],
        0xFF, 0xD9,
    ];

    /// <summary>A JPEG decoder whose own code (not ImageSharp's) throws a plain <see cref="NotSupportedException"/>, as a bug or a Native AOT gap would.</summary>
    private sealed class ThrowingDecoder : ISourceDecoder
    {
        public const string Message = "Specified method is not supported."; // no "native code" in it: the type and the thrower decide

        public string Format => "jpeg";

        public RenderOutcome.Rejected? Admit(ReadOnlySpan<byte> data) => null;

        public SourceHeader? Identify(DecodeContext context, ReadOnlySpan<byte> data, Stream source) =>
            ImageSharpSourceDecoder.Instance.Identify(context, data, source);

        public DecodedSource Decode(DecodeContext context, ReadOnlySpan<byte> data, Stream source, SourceHeader header, CancellationToken cancellationToken) =>
            throw new NotSupportedException(Message);
    }
}
