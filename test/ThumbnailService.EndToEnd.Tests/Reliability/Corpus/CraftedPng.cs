using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ThumbnailService.EndToEnd.Tests.Reliability.Corpus;

/// <summary>
/// A PNG whose IHDR says whatever we like (a decompression bomb's header) over a few bytes of real data, or a small
/// real image carrying a zTXt comment that inflates to whatever size we like (a metadata bomb).
/// </summary>
internal static class CraftedPng
{
    public static byte[] WithHeader(int width, int height) => Build(width, height, zTxtLength: 0);

    public static byte[] WithCompressedComment(int inflatedLength) => Build(8, 8, inflatedLength);

    private static byte[] Build(int width, int height, int zTxtLength)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        Chunk(png, "IHDR", header);
        if (zTxtLength > 0)
        {
            Chunk(png, "zTXt", [.. "Comment\0\0"u8, .. Zlib(zTxtLength)]);
        }

        Chunk(png, "IDAT", Zlib((int)Math.Min(64 * 1024, height * ((3L * width) + 1)))); // filter 0 + black pixels: the first rows
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Zlib(int zeros)
    {
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[zeros]);
        }

        return data.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
