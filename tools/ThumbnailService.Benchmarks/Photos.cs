using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using ThumbnailService.Bench.Corpus;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Benchmarks;

/// <summary>
/// Benchmark inputs: photo-like pixels from the bench corpus's own <see cref="PhotoPainter"/>
/// and the sources made from them. Encoded sources are cached in a temp folder, since BenchmarkDotNet runs every case
/// in its own process and encoding 12 MP costs about a second.
/// </summary>
internal static class Photos
{
    /// <summary>Bump when the painting or the encoder settings change.</summary>
    private static readonly string CacheFolder = Path.Combine(Path.GetTempPath(), "thumbs-micro-v1");

    /// <summary>The ImageSharp configuration the pipeline uses (MaxDegreeOfParallelism = 1, bounded allocations).</summary>
    public static Configuration Configuration { get; } =
        ImagingConfiguration.Create(new ImagePipelineOptions { Presets = [new Preset("small", 256, 256, FitMode.Inside)] });

    /// <summary>A baseline 4:2:0 quality-90 JPEG, as a camera or phone writes.</summary>
    public static byte[] Jpeg(int width, int height) =>
        Cached($"photo-{width}x{height}-q90-420.jpg", () => Paint<Rgb24>(width, height, alpha: false), new JpegEncoder { Quality = 90, ColorType = JpegColorType.YCbCrRatio420 });

    /// <summary>An RGBA PNG whose alpha varies across the image.</summary>
    public static byte[] PngWithAlpha(int width, int height) =>
        Cached($"photo-{width}x{height}-rgba.png", () => Paint<Rgba32>(width, height, alpha: true), new PngEncoder { ColorType = PngColorType.RgbWithAlpha });

    /// <summary>
    /// What a thumbnail looks like before encoding: painted at twice the size and Lanczos3-resized down, so the noise
    /// is as smooth as in a downscaled photo rather than full-resolution grain.
    /// </summary>
    public static Image<TPixel> Thumbnail<TPixel>(int width, int height, bool alpha)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        using Image<TPixel> large = Paint<TPixel>(width * 2, height * 2, alpha);
        return large.Clone(ctx => ctx.Resize(width, height, KnownResamplers.Lanczos3));
    }

    /// <summary>The bench corpus's painter (deterministic for a given size), on the pipeline's <see cref="Configuration"/>.</summary>
    public static Image<TPixel> Paint<TPixel>(int width, int height, bool alpha)
        where TPixel : unmanaged, IPixel<TPixel> =>
        PhotoPainter.Paint<TPixel>(Configuration, width, height, alpha);

    private static byte[] Cached(string name, Func<Image> paint, IImageEncoder encoder)
    {
        string path = Path.Combine(CacheFolder, name);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(CacheFolder);
            using Image image = paint();
            string partial = $"{path}.{Environment.ProcessId}.partial";
            image.Save(partial, encoder);
            File.Move(partial, path, overwrite: true);
        }

        return File.ReadAllBytes(path);
    }
}
