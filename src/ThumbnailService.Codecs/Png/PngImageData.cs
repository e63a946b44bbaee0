using System.IO.Compression;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// Writes the image data as one IDAT chunk: every row adaptively filtered, then deflated by zlib-ng straight into
/// the output (the chunk's length and CRC are filled in afterwards), so no compressed copy is made.
/// </summary>
internal static class PngImageData
{
    public static void Write<TPixel>(MemoryStream output, PngRowSource<TPixel> rows)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        ArgumentNullException.ThrowIfNull(rows);
        long start = PngChunkWriter.Begin(output, "IDAT"u8);
        using (ZLibStream zlib = PngDeflate.Open(output))
        {
            var filter = new PngRowFilter(rows.RowBytes, rows.BytesPerPixel);
            ReadOnlySpan<byte> prior = filter.ZeroRow.Span;
            for (int y = 0; y < rows.Height; y++)
            {
                ReadOnlySpan<byte> raw = rows.Row(y);
                zlib.Write(filter.Apply(raw, prior));
                prior = raw;
            }
        }

        PngChunkWriter.End(output, start);
    }
}
