using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Benchmarks;

/// <summary>
/// Benchmark inputs: photo-like pixels (smooth gradients plus fine noise, the idea of the bench corpus's PhotoPainter)
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

    /// <summary>Deterministic for a given size; the image uses the pipeline's <see cref="Configuration"/>.</summary>
    public static Image<TPixel> Paint<TPixel>(int width, int height, bool alpha)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var image = new Image<TPixel>(Configuration, width, height);
        double[] columns = Wave(width, 3.1, 0.7), rows = Wave(height, 2.3, 1.9);
        uint state = 0x9E3779B9u ^ (uint)((width * 31) + height);
        var rgba = new Rgba32[width];
        image.ProcessPixelRows(accessor =>
        {
            for (int y = 0; y < accessor.Height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    int noise = (int)(state & 31) - 16;
                    rgba[x] = new Rgba32(
                        Clamp(128 + ((columns[x] + rows[y]) * 60) + noise),
                        Clamp(118 + ((columns[x] - rows[y]) * 50) + (noise >> 1)),
                        Clamp(100 + (rows[y] * 70) - noise),
                        alpha ? Clamp(255 - (Math.Abs(columns[x]) * 200)) : (byte)255);
                }

                Span<TPixel> row = accessor.GetRowSpan(y);
                for (int x = 0; x < width; x++)
                {
                    row[x].FromRgba32(rgba[x]);
                }
            }
        });
        return image;
    }

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

    /// <summary>Values in about [-1, 1] varying slowly along one axis.</summary>
    private static double[] Wave(int length, double cycles, double phase)
    {
        var values = new double[length];
        for (int i = 0; i < length; i++)
        {
            double t = i / (double)length;
            values[i] = (0.6 * Math.Sin((2 * Math.PI * cycles * t) + phase)) + (0.4 * Math.Cos(2 * Math.PI * cycles * 2.7 * t * t));
        }

        return values;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp((int)value, 0, 255);
}
