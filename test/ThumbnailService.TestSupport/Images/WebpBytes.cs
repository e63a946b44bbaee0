using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.TestSupport.Images;

/// <summary>WebP containers assembled by hand around ImageSharp's lossless image data.</summary>
internal static class WebpBytes
{
    /// <summary>
    /// A 16 x 16 lossless WebP (ImageSharp's VP8L chunk) in an extended container whose EXIF chunk holds
    /// <paramref name="exif"/> as given (ImageSharp's encoder would re-serialise a profile, dropping tags it does not know).
    /// </summary>
    public static byte[] WithExif(byte[] exif)
    {
        using var image = new Image<Rgba32>(16, 16, new Rgba32(200, 30, 60));
        byte[] simple = TestImages.Encode(image, new WebpEncoder { FileFormat = WebpFileFormatType.Lossless });
        byte[] vp8x = [.. "VP8X"u8, 10, 0, 0, 0, 0x08, 0, 0, 0, 15, 0, 0, 15, 0, 0]; // EXIF flag, 16 x 16
        byte[] body = [.. "WEBP"u8, .. vp8x, .. simple.AsSpan(12), .. Chunk("EXIF"u8, exif)];
        return [.. "RIFF"u8, .. BitConverter.GetBytes(body.Length), .. body];
    }

    private static byte[] Chunk(ReadOnlySpan<byte> type, byte[] data) =>
        [.. type, .. BitConverter.GetBytes(data.Length), .. data, .. data.Length % 2 == 1 ? new byte[1] : []];
}
