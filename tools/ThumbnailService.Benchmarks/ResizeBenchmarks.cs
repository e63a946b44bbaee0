using BenchmarkDotNet.Attributes;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ThumbnailService.Benchmarks;

/// <summary>
/// The pipeline's resize: Lanczos3 on an Rgb24 image (what both JPEG decoders produce) with MaxDegreeOfParallelism = 1.
/// 2000x1500 is a 1/2-scale decode of 12 MP going to the large preset, 1024x768 the cascade from large to medium,
/// 500x375 a 1/8-scale decode going to a 256-wide thumbnail.
/// </summary>
public class ResizeBenchmarks
{
    private Image<Rgb24>? _source;
    private Size _target;

    [Params("2000x1500-1024x768", "1024x768-512x384", "500x375-256x192")]
    public string Resize { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        int[] n = Resize.Split('-', 'x').Select(int.Parse).ToArray();
        _source = Photos.Paint<Rgb24>(n[0], n[1], alpha: false);
        _target = new Size(n[2], n[3]);
    }

    [GlobalCleanup]
    public void Cleanup() => _source?.Dispose();

    [Benchmark]
    public int Lanczos3()
    {
        using Image<Rgb24> resized = _source!.Clone(ctx => ctx.Resize(_target.Width, _target.Height, KnownResamplers.Lanczos3));
        return resized.Width;
    }
}
