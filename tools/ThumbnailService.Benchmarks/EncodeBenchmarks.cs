using ThumbnailService.Codecs;
using BenchmarkDotNet.Attributes;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Benchmarks;

/// <summary>
/// Thumbnail encoding through the pipeline's own <see cref="OutputEncoder"/> (quality 80, the default), so the
/// settings measured are the shipped ones: JPEG 4:2:0, PNG 8-bit RGBA level 6 adaptive filter, WebP lossy method 4.
/// </summary>
public class EncodeBenchmarks
{
    private readonly OutputEncoder _encoder = new(quality: 80, StandardCodecs.All);
    private Image? _image;
    private OutputKind _kind;
    private bool _alpha;

    [Params("jpeg-1024x768", "jpeg-512x384", "jpeg-256x192", "png-rgba-1024x1024", "webp-1024x768")]
    public string Output { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string[] parts = Output.Split('-');
        int[] size = parts[^1].Split('x').Select(int.Parse).ToArray();
        _kind = Enum.Parse<OutputKind>(parts[0], ignoreCase: true);
        _alpha = parts.Contains("rgba");
        _image = _alpha
            ? Photos.Thumbnail<Rgba32>(size[0], size[1], alpha: true)
            : Photos.Thumbnail<Rgb24>(size[0], size[1], alpha: false);
    }

    [GlobalCleanup]
    public void Cleanup() => _image?.Dispose();

    /// <summary>Returns the encoded length.</summary>
    [Benchmark]
    public int Encode() => _encoder.Encode(_image!, _kind, _alpha).Length;
}
