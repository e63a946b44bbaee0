using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Runs a tiny render through the same code a real one uses (JPEG encode, sniff, identify, reduced-scale decode,
/// Lanczos3 resize, crop, orient, scrub, encode), so a fresh process pays its first-use costs (static tables, code
/// pages, pool set-up) here, off the request path: a cold start can run this on the second core while the first
/// event waits on S3. The result is discarded.
/// </summary>
public static class PipelinePrimer
{
    /// <summary>8x the preset: the JPEG decodes at 1/8 scale through our own decoder, as a large photo would.</summary>
    private const int SourceWidth = 256;
    private const int SourceHeight = 192;

    /// <summary>Returns true when the render succeeded (a false is harmless: the real render will then say why).</summary>
    public static bool Prime(ImagePipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pipeline = new ImagePipeline(options with { Presets = [new Preset("prime", 32, 32, FitMode.Cover)] });
        using var stream = new MemoryStream(SampleJpeg());
        return pipeline.Render(stream, CancellationToken.None) is RenderOutcome.Rendered;
    }

    private static byte[] SampleJpeg()
    {
        using var image = new Image<Rgb24>(SourceWidth, SourceHeight);
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                Span<Rgb24> row = rows.GetRowSpan(y);
                for (int x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgb24((byte)x, (byte)(y + x), (byte)(y * 2));
                }
            }
        });
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 80, ColorType = JpegColorType.YCbCrRatio420 });
        return output.ToArray();
    }
}
