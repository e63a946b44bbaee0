using System.Buffers.Binary;

namespace ThumbnailService.TestSupport.Images;

/// <summary>Hand-made PNG byte streams (headers that lie about their size, chunks no encoder writes).</summary>
internal static class PngBytes
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// A valid grey 8-bit RGB image of <paramref name="width"/> x <paramref name="height"/> with the chunks
    /// <paramref name="before"/> between IHDR and the image data, which is split into IDAT chunks of
    /// <paramref name="idatLength"/> bytes (0: one chunk).
    /// </summary>
    public static byte[] Image(int width, int height, (string Type, byte[] Data)[] before, int idatLength = 0)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        var rows = new byte[height * (1 + (3 * width))];
        Array.Fill(rows, (byte)128);
        for (int row = 0; row < height; row++)
        {
            rows[row * (1 + (3 * width))] = 0; // filter: none
        }

        byte[] zlib = Zlib(rows);
        int step = idatLength > 0 ? idatLength : zlib.Length;
        using var stream = new MemoryStream();
        stream.Write(Signature);
        WriteChunk(stream, "IHDR"u8, ihdr);
        foreach ((string type, byte[] data) in before)
        {
            WriteChunk(stream, System.Text.Encoding.ASCII.GetBytes(type), data);
        }

        for (int at = 0; at < zlib.Length; at += step)
        {
            WriteChunk(stream, "IDAT"u8, zlib.AsSpan(at, Math.Min(step, zlib.Length - at)));
        }

        WriteChunk(stream, "IEND"u8, []);
        return stream.ToArray();
    }

    /// <summary>The zlib stream of <paramref name="data"/> (deflate, best compression).</summary>
    public static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

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
        BinaryPrimitives.WriteUInt32BigEndian(crc, PngChunks.BitwiseCrc32(typed));
        stream.Write(crc);
    }
}
