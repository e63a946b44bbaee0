using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using ThumbnailService.Bench.Peers;

namespace ThumbnailService.Bench.Corpus;

/// <summary>Writes the bench corpus into a folder (once: files already there are kept) and lists it as bench images.</summary>
internal static class CorpusGenerator
{
    /// <summary>Where the default corpus lives between runs (a temp folder; bump the suffix when the painter changes).</summary>
    public static string DefaultFolder => Path.Combine(Path.GetTempPath(), "thumbs-bench-corpus-v1");

    public static async Task<IReadOnlyList<BenchImage>> EnsureAsync(string folder, IReadOnlyList<CorpusSpec> specs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specs);
        Directory.CreateDirectory(folder);
        var images = new List<BenchImage>();
        foreach (var spec in specs)
        {
            var path = Path.Combine(folder, spec.FileName);
            if (!File.Exists(path))
            {
                await WriteAsync(spec, path, cancellationToken);
            }

            images.Add(new BenchImage(Path.GetFileNameWithoutExtension(spec.FileName), path, spec.Alpha));
        }

        return images;
    }

    private static async Task WriteAsync(CorpusSpec spec, string path, CancellationToken cancellationToken)
    {
        using var image = PhotoPainter.Paint(spec.Width, spec.Height, spec.Alpha);
        if (spec.Orientation != 1)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)spec.Orientation);
        }

        var partial = path + ".partial";
        if (spec.Format is "heic" or "avif")
        {
            await WriteHeifAsync(image, spec.Format == "avif", spec.Alpha, partial, cancellationToken);
        }
        else
        {
            await image.SaveAsync(partial, Encoder(spec.Format), cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
    }

    /// <summary>ImageSharp writes no HEIC or AVIF: an 8-bit PNG, then Debian's heif-enc (libheif-examples; x265, or aom with -A) at quality 80.</summary>
    private static async Task WriteHeifAsync(Image image, bool avif, bool alpha, string partial, CancellationToken cancellationToken)
    {
        var png = partial + ".png";
        try
        {
            await image.SaveAsync(png, new PngEncoder { ColorType = alpha ? PngColorType.RgbWithAlpha : PngColorType.Rgb, BitDepth = PngBitDepth.Bit8 }, cancellationToken);
            string[] command = avif ? ["heif-enc", "-A", "-q", "80", png, "-o", partial] : ["heif-enc", "-q", "80", png, "-o", partial];
            await BenchProcess.RunAsync(command, "corpus", command, cancellationToken);
        }
        finally
        {
            File.Delete(png);
        }
    }

    private static IImageEncoder Encoder(string format) => format switch
    {
        "jpeg" => new JpegEncoder { Quality = 90, ColorType = JpegColorType.YCbCrRatio420 },
        "png" => new PngEncoder { ColorType = PngColorType.RgbWithAlpha },
        "webp" => new WebpEncoder { FileFormat = WebpFileFormatType.Lossy, Quality = 85 },
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "jpeg, png, webp, heic or avif"),
    };
}
