using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ThumbnailService.TestSupport.Images;

/// <summary>One chunk of a PNG stream as read by <see cref="PngChunks"/>.</summary>
internal sealed record PngChunk(string Type, byte[] Data, uint StoredCrc);

/// <summary>Independent PNG chunk reader for the tests: checks the signature, splits the chunks, inflates zlib data.</summary>
internal static class PngChunks
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static List<PngChunk> Read(ReadOnlySpan<byte> png)
    {
        Assert.True(png.StartsWith(Signature), "PNG signature");
        var chunks = new List<PngChunk>();
        int offset = Signature.Length;
        while (offset < png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            Assert.InRange(length, 0, png.Length - offset - 12);
            string type = Encoding.ASCII.GetString(png.Slice(offset + 4, 4));
            byte[] data = png.Slice(offset + 8, length).ToArray();
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png[(offset + 8 + length)..]);
            chunks.Add(new PngChunk(type, data, crc));
            offset += 12 + length;
        }

        Assert.Equal(png.Length, offset);
        return chunks;
    }

    /// <summary>CRC-32 computed bit by bit, independently of the table-driven PngCrc32 under test.</summary>
    public static uint BitwiseCrc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }

    public static uint CrcOf(PngChunk chunk) => BitwiseCrc32([.. Encoding.ASCII.GetBytes(chunk.Type), .. chunk.Data]);

    public static byte[] Inflate(ReadOnlySpan<byte> zlib)
    {
        using var input = new MemoryStream(zlib.ToArray());
        using var inflater = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }
}
