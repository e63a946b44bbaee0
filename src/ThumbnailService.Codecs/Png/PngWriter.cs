using System.Buffers.Binary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// Encodes a thumbnail as an 8-bit RGBA (colour type 6) or RGB (colour type 2) non-interlaced PNG: signature, IHDR,
/// iCCP when the image has an ICC profile, one IDAT, IEND. No other metadata is written. Replaces ImageSharp 2.1's
/// PngEncoder, whose managed deflate was most of the cost of PNG presets. Stateless; safe from any thread.
/// </summary>
internal static class PngWriter
{
    private const byte BitDepth = 8;
    private const byte ColourTypeRgb = 2;
    private const byte ColourTypeRgba = 6;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Appends the PNG of <paramref name="image"/> (its first frame) to <paramref name="output"/>.</summary>
    /// <param name="hasAlpha">Write RGBA; otherwise RGB, dropping any alpha channel the pixels have.</param>
    public static void Write(Image image, bool hasAlpha, MemoryStream output)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(output);
        switch (image)
        {
            case Image<Rgba32> rgba:
                Write(rgba, hasAlpha, output);
                break;
            case Image<Rgb24> rgb:
                Write(rgb, hasAlpha, output);
                break;
            default:
                using (Image<Rgba32> converted = image.CloneAs<Rgba32>())
                {
                    Write(converted, hasAlpha, output);
                }

                break;
        }
    }

    private static void Write<TPixel>(Image<TPixel> image, bool hasAlpha, MemoryStream output)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        output.Write(Signature);
        WriteHeader(output, image.Width, image.Height, hasAlpha);
        if (image.Metadata.IccProfile is { } profile)
        {
            PngIccChunk.Write(output, profile.ToByteArray());
        }

        PngImageData.Write(output, new PngRowSource<TPixel>(image, hasAlpha));
        PngChunkWriter.Write(output, "IEND"u8, []);
    }

    private static void WriteHeader(MemoryStream output, int width, int height, bool hasAlpha)
    {
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = BitDepth;
        header[9] = hasAlpha ? ColourTypeRgba : ColourTypeRgb;
        header[10] = 0; // compression method: deflate
        header[11] = 0; // filter method: adaptive, five types
        header[12] = 0; // no interlace
        PngChunkWriter.Write(output, "IHDR"u8, header);
    }
}
