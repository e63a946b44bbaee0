using BenchmarkDotNet.Attributes;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Jpeg;

namespace ThumbnailService.Benchmarks;

/// <summary>
/// Decoding a 12 MP (4000x3000) baseline 4:2:0 q90 JPEG: ImageSharp's full decode, which the pipeline falls back to,
/// against our DCT-domain decoder at each scale (1/8: 500x375 ... 1/1: 4000x3000) that JpegScaleChooser may pick.
/// </summary>
public class JpegDecodeBenchmarks
{
    private byte[] _jpeg = [];

    [GlobalSetup]
    public void Setup() => _jpeg = Photos.Jpeg(4000, 3000);

    [Benchmark(Baseline = true)]
    public int ImageSharpFull()
    {
        using Image<Rgb24> image = Image.Load<Rgb24>(Photos.Configuration, _jpeg);
        return image.Width;
    }

    // One method per scale rather than [Arguments], so every row gets a ratio to the ImageSharp baseline.
    [Benchmark]
    public int Ours1Of8() => DecodeScaled(8);

    [Benchmark]
    public int Ours1Of4() => DecodeScaled(4);

    [Benchmark]
    public int Ours1Of2() => DecodeScaled(2);

    [Benchmark]
    public int Ours1Of1() => DecodeScaled(1);

    private int DecodeScaled(int denominator)
    {
        using Image<Rgb24> image = JpegScaledDecoder.Decode(_jpeg, denominator, Photos.Configuration, long.MaxValue, CancellationToken.None);
        return image.Width;
    }
}
