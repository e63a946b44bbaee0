using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>The pipelined decode (IDCT and colour on a second thread) gives exactly the serial decode's pixels.</summary>
public sealed class JpegScaledDecoderPipelineTests
{
    public static TheoryData<int, int, bool, int, int, int> Cases()
    {
        var data = new TheoryData<int, int, bool, int, int, int>();
        foreach ((int h, int v, bool grey) in new[] { (1, 1, false), (2, 1, false), (1, 2, false), (2, 2, false), (1, 1, true) })
        {
            data.Add(h, v, grey, 333, 251, 0);
            data.Add(h, v, grey, 97, 130, 3);
            data.Add(h, v, grey, 9, 1, 0);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decode_Pipelined_SamePixelsAsSerial(int lumaH, int lumaV, bool grey, int width, int height, int restartInterval)
    {
        using Image<Rgb24> photo = PhotoLike.Create(width, height, seed: 11);
        byte[] jpeg = BaselineJpegWriter.Encode(photo, 85, lumaH, lumaV, restartInterval, grey);

        foreach (int d in new[] { 1, 2, 4, 8 })
        {
            using Image<Rgb24> serial = JpegScaledDecoder.Decode(jpeg, d, Configuration.Default, long.MaxValue, pipelined: false, CancellationToken.None);
            using Image<Rgb24> pipelined = JpegScaledDecoder.Decode(jpeg, d, Configuration.Default, long.MaxValue, pipelined: true, CancellationToken.None);

            Assert.Equal(ImageCompare.Pixels(serial), ImageCompare.Pixels(pipelined));
        }
    }

    [Fact]
    public void Decode_PipelinedCorruptData_ThrowsFormatException()
    {
        using Image<Rgb24> photo = PhotoLike.Create(640, 480, seed: 3);
        byte[] jpeg = BaselineJpegWriter.Encode(photo, 85, 2, 2, 0, false);
        int entropyStart = jpeg.Length / 3;
        for (int i = entropyStart; i < entropyStart + 400; i++)
        {
            jpeg[i] = 0xFE; // runs of one bits: codes no table defines
        }

        Assert.Throws<JpegFormatException>(() => JpegScaledDecoder.Decode(jpeg, 2, Configuration.Default, long.MaxValue, pipelined: true, CancellationToken.None));
    }

    [Fact]
    public void Decode_PipelinedCancelled_ThrowsOperationCanceled()
    {
        using Image<Rgb24> photo = PhotoLike.Create(320, 240, seed: 5);
        byte[] jpeg = BaselineJpegWriter.Encode(photo, 85, 2, 2, 0, false);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => JpegScaledDecoder.Decode(jpeg, 1, Configuration.Default, long.MaxValue, pipelined: true, cancelled.Token));
    }
}
