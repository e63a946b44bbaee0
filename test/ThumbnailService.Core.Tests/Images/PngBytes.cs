using System.Buffers.Binary;

namespace ThumbnailService.Core.Tests.Images;

/// <summary>Hand-made PNG byte streams (headers that lie about their size).</summary>
internal static class PngBytes
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A PNG that is only a signature, an IHDR (8-bit RGBA) claiming the given size, and IEND.</summary>
    public static byte[] HeaderOnly(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 6; // colour type RGBA
        using var stream = new MemoryStream();
        stream.Write(Signature);
        WriteChunk(stream, "IHDR"u8, ihdr);
        WriteChunk(stream, "IEND"u8, []);
        return stream.ToArray();
    }

    private static void WriteChunk(Stream stream, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        byte[] typed = [.. type, .. data];
        stream.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Imaging.Png.PngChunks.BitwiseCrc32(typed));
        stream.Write(crc);
    }
}
