using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.TestSupport.Tools;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.Codecs.Tests.TestDoubles;
using ThumbnailService.Core.Imaging.Codecs;
using SixLabors.ImageSharp.Formats.Jpeg;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// Which JPEGs fall back to ImageSharp after our decoder gave up. Called directly: in the pipeline
/// <c>JpegStructureCheck</c> refuses these bombs before either decoder runs.
/// </summary>
public sealed class JpegSourceDecoderTests
{
    private static readonly Preset[] Small = [new("small", 64, 64, FitMode.Inside)]; // 1/8 scale: our progressive DC path

    [Fact]
    public void Decode_ScanOurDecoderRefuses_ThrowsWithoutFallingBack()
    {
        byte[] bomb = HostileJpegs.EmptyDcScans(2048, 2048, 1000);
        var fallback = new RecordingDecoder();

        var refused = Assert.Throws<ImageRejectedException>(() => Decode(bomb, fallback));

        Assert.Equal(RejectionReason.Corrupt, refused.Rejection.Reason);
        Assert.Equal(0, fallback.Calls);
    }

    [Fact]
    public void Decode_DataOurDecoderCannotRead_FallsBack()
    {
        byte[] jpeg = HostileJpegs.MinimalAcScans(512, 512, 3);
        jpeg[jpeg.AsSpan().IndexOf(new byte[] { 0xFF, 0xDA }) + 6] = 0x30; // first scan: DC table 3, undefined: a JpegFormatException
        var fallback = new RecordingDecoder();

        using Image image = Decode(jpeg, fallback);

        Assert.Equal(1, fallback.Calls);
    }

    [RequiresFact("jpegtran")]
    public void Examine_ProgressiveJpeg_DecodeUsesItsWalkAtFullScaleWithoutFallingBack()
    {
        using Image<Rgb24> photo = PhotoLike.Create(300, 200, seed: 6);
        byte[] baseline = BaselineJpegWriter.Encode(photo, 85, 2, 2);
        byte[] progressive = Jpegtran.Progressive(baseline);
        using var stream = new MemoryStream(progressive);
        var fallback = new RecordingDecoder();
        var configuration = new Configuration(new JpegConfigurationModule());
        configuration.ImageFormatsManager.SetDecoder(JpegFormat.Instance, fallback);
        var options = new ImagePipelineOptions { Presets = [new("large", 300, 300, FitMode.Inside)] }; // full scale
        var decoder = new JpegSourceDecoder();

        SourceExamination examined = decoder.Examine(new DecodeContext(Configuration.Default, options), progressive, stream);
        using Image decoded = decoder.Decode(new DecodeContext(configuration, options), progressive, stream, examined.Header!, CancellationToken.None).Image;

        Assert.Null(examined.Refused);
        Assert.Equal(10, Assert.IsType<JpegScanList>(examined.Header!.DecoderState).Scans.Count); // jpegtran's default progression
        Assert.Equal(0, fallback.Calls);
        using Image<Rgb24> expected = JpegScaledDecoder.Decode(baseline, 1, Configuration.Default, long.MaxValue, CancellationToken.None);
        Assert.Equal(ImageCompare.Pixels(expected), ImageCompare.Pixels(Assert.IsType<Image<Rgb24>>(decoded)));
    }

    [Fact]
    public void Examine_ScanBomb_RefusedWithoutHeader()
    {
        byte[] bomb = HostileJpegs.EmptyDcScans(2048, 2048, 1000);
        using var stream = new MemoryStream(bomb);

        SourceExamination examined = new JpegSourceDecoder().Examine(new DecodeContext(Configuration.Default, new ImagePipelineOptions { Presets = Small }), bomb, stream);

        Assert.Equal(RejectionReason.Corrupt, examined.Refused?.Reason);
        Assert.Null(examined.Header);
    }

    private static Image Decode(byte[] jpeg, RecordingDecoder fallback)
    {
        using var stream = new MemoryStream(jpeg);
        var configuration = new Configuration(new JpegConfigurationModule()); // its own formats manager: Clone() would share Default's
        configuration.ImageFormatsManager.SetDecoder(JpegFormat.Instance, fallback);
        var options = new ImagePipelineOptions { Presets = Small };
        var decoder = new JpegSourceDecoder();
        SourceHeader header = decoder.Identify(new DecodeContext(Configuration.Default, options), jpeg, stream)!; // the recording double identifies nothing
        return decoder.Decode(new DecodeContext(configuration, options), jpeg, stream, header, CancellationToken.None).Image;
    }
}
