using System.Buffers.Binary;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// Reads a PNG source's iCCP chunk (ImageSharp 2.1's PNG decoder ignores it), so thumbnails of wide-gamut PNGs
/// (Display P3 screenshots, Adobe RGB exports) keep their colour profile. The profile is optional: anything
/// malformed, oversized or after the first IDAT gives null, never an error.
/// </summary>
internal static class PngIccReader
{
    /// <summary>ICC profiles are kilobytes; the largest real ones (LUT-based printer profiles) stay well under this.</summary>
    public const int MaxProfileBytes = 4 * 1024 * 1024;

    private const int MaxChunksBeforeImageData = 1000;

    /// <summary>Reads from <paramref name="source"/>'s current position (the PNG signature) and leaves the position anywhere.</summary>
    public static IccProfile? Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Span<byte> header = stackalloc byte[8];
        if (source.ReadAtLeast(header, 8, throwOnEndOfStream: false) < 8)
        {
            return null; // the signature, already checked by the sniffer
        }

        for (int i = 0; i < MaxChunksBeforeImageData; i++)
        {
            if (source.ReadAtLeast(header, 8, throwOnEndOfStream: false) < 8)
            {
                return null;
            }

            uint length = BinaryPrimitives.ReadUInt32BigEndian(header);
            ReadOnlySpan<byte> type = header[4..];
            if (type.SequenceEqual("IDAT"u8) || length > MaxProfileBytes)
            {
                return null; // iCCP must come before the image data
            }

            if (type.SequenceEqual("iCCP"u8))
            {
                var data = new byte[length];
                return source.ReadAtLeast(data, data.Length, throwOnEndOfStream: false) == data.Length ? Parse(data) : null;
            }

            source.Seek(length + 4, SeekOrigin.Current); // data and CRC
        }

        return null;
    }

    private static IccProfile? Parse(byte[] chunk)
    {
        int nameEnd = Array.IndexOf(chunk, (byte)0);
        if (nameEnd is < 1 or > 79 || nameEnd + 2 > chunk.Length || chunk[nameEnd + 1] != 0)
        {
            return null; // no name, or a compression method other than zlib
        }

        byte[]? profile = PngInflater.Inflate(chunk.AsSpan(nameEnd + 2), MaxProfileBytes, out _); // null: malformed or a bomb
        if (profile is null)
        {
            return null;
        }

        var icc = new IccProfile(profile);
        return icc.CheckIsValid() ? icc : null;
    }
}
