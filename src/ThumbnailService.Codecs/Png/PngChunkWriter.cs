using System.Buffers.Binary;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// Writes PNG chunks (big-endian length, 4-byte type, data, CRC-32 of type and data) into a growable
/// <see cref="MemoryStream"/>. Chunks whose data is streamed (IDAT, iCCP) are opened with <see cref="Begin"/> and
/// closed with <see cref="End"/>, which patches the length and appends the CRC in place, so nothing is copied.
/// </summary>
internal static class PngChunkWriter
{
    public static void Write(MemoryStream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        long start = Begin(output, type);
        output.Write(data);
        End(output, start);
    }

    /// <summary>Writes a placeholder length and the type; returns the chunk's start for <see cref="End"/>.</summary>
    public static long Begin(MemoryStream output, ReadOnlySpan<byte> type)
    {
        if (type.Length != 4)
        {
            throw new ArgumentException("A PNG chunk type has four bytes.", nameof(type));
        }

        long start = output.Position;
        output.Write([0, 0, 0, 0]);
        output.Write(type);
        return start;
    }

    /// <summary>Completes the chunk opened at <paramref name="start"/>: everything written since is its data.</summary>
    public static void End(MemoryStream output, long start)
    {
        long length = output.Position - start - 8;
        if (length > int.MaxValue)
        {
            throw new InvalidOperationException("A PNG chunk holds at most 2^31 - 1 bytes.");
        }

        Span<byte> chunk = output.GetBuffer().AsSpan(checked((int)start), (int)length + 8);
        BinaryPrimitives.WriteInt32BigEndian(chunk, (int)length);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, PngCrc32.Compute(chunk[4..]));
        output.Write(crc);
    }
}
