using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ThumbnailService.Bench.Samples;

/// <summary>
/// The images of samples/ that the project paints in code (<c>thumbs-bench samples DIR</c> writes them): a 6 MP photo,
/// an EXIF-rotated portrait, a sticker with transparency and an animated GIF. Same bytes for the same code.
/// </summary>
internal static class SampleSet
{
    public static IReadOnlyList<SampleImage> All { get; } =
    [
        new("landscape.jpg", "a 6 MP landscape photo (3000x2000): large, medium and small all differ", () => LandscapePainter.Paint(3000, 2000), Jpeg()),
        new("portrait-exif6.jpg", "a portrait stored as 2000x1500 with EXIF Orientation 6: shown upright as 1500x2000", Portrait, Jpeg()),
        new("sticker.png", "a 1200x1200 PNG with transparency (shadow, half-transparent window)", () => StickerPainter.Paint(1200),
            new PngEncoder { ColorType = PngColorType.RgbWithAlpha, CompressionLevel = PngCompressionLevel.BestCompression }),
        new("more/bouncing ball.gif", "an animated GIF, 640x400, 8 frames: thumbnails show the first (ball at the left)", () => BouncingBallGif.Paint(640, 400, 8),
            new GifEncoder { ColorTableMode = GifColorTableMode.Global }),
    ];

    /// <summary>Writes every sample under <paramref name="folder"/>, replacing files of the same name.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(string folder, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var sample in All)
        {
            var path = Path.Combine(folder, sample.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var image = sample.Paint();
            await image.SaveAsync(path, sample.Encoder, cancellationToken);
            written.Add(path);
        }

        return written;
    }

    private static JpegEncoder Jpeg() => new() { Quality = 80, ColorType = JpegColorType.YCbCrRatio420 };

    /// <summary>Painted upright, stored turned a quarter anticlockwise, tagged "rotate 90 CW to display" (Orientation 6).</summary>
    private static Image<Rgba32> Portrait()
    {
        var image = PortraitPainter.Paint(1500, 2000);
        image.Mutate(x => x.Rotate(RotateMode.Rotate270));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);
        return image;
    }
}
