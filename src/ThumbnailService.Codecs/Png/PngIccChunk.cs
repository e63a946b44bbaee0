using System.IO.Compression;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// The iCCP chunk: profile name (Latin-1, 1-79 bytes), a NUL, compression method 0, then the ICC profile as a zlib
/// stream. Keeps PNG thumbnails colour-managed like the JPEG ones (ImageSharp 2.1's PNG encoder drops the profile).
/// </summary>
internal static class PngIccChunk
{
    /// <summary>The name libpng and most tools write; PNG readers do not interpret it.</summary>
    private static ReadOnlySpan<byte> ProfileName => "ICC profile"u8;

    public static void Write(MemoryStream output, ReadOnlySpan<byte> profile)
    {
        long start = PngChunkWriter.Begin(output, "iCCP"u8);
        output.Write(ProfileName);
        output.Write([0, 0]); // name terminator, compression method 0 (zlib)
        using (ZLibStream zlib = PngDeflate.Open(output))
        {
            zlib.Write(profile);
        }

        PngChunkWriter.End(output, start);
    }
}
