using System.Buffers.Binary;
using System.Text;

namespace ThumbnailService.Codecs.Heif.Tests.Support;

/// <summary>
/// Takes the primary image of a single-image heif-enc file apart (iinf type, hvcC/av1C box, ispe, iloc extents), so tests
/// can put the same coded bytes into layouts heif-enc cannot write (grids, imir, colr prof). Test tooling only: it reads
/// what heif-enc writes (iloc version 0 or 1, construction method 0) and throws on anything else.
/// </summary>
internal static class HeifParts
{
    public static CodedImage Primary(byte[] heif)
    {
        Range meta = Child(heif, 0, heif.Length, "meta") ?? throw new InvalidOperationException("no meta box");
        int start = meta.Start.Value + 4, end = meta.End.Value;
        uint primary = BinaryPrimitives.ReadUInt16BigEndian(heif.AsSpan(Child(heif, start, end, "pitm")!.Value.Start.Value + 4));
        Range iprp = Child(heif, start, end, "iprp") ?? throw new InvalidOperationException("no iprp box");
        Range ipco = Child(heif, iprp.Start.Value, iprp.End.Value, "ipco") ?? throw new InvalidOperationException("no ipco box");
        byte[] configuration = WholeBox(heif, Child(heif, ipco.Start.Value, ipco.End.Value, "hvcC") ?? Child(heif, ipco.Start.Value, ipco.End.Value, "av1C")
            ?? throw new InvalidOperationException("no hvcC or av1C property"));
        Range ispe = Child(heif, ipco.Start.Value, ipco.End.Value, "ispe") ?? throw new InvalidOperationException("no ispe property");
        int width = (int)BinaryPrimitives.ReadUInt32BigEndian(heif.AsSpan(ispe.Start.Value + 4));
        int height = (int)BinaryPrimitives.ReadUInt32BigEndian(heif.AsSpan(ispe.Start.Value + 8));
        string type = Encoding.ASCII.GetString(configuration, 4, 4) == "hvcC" ? "hvc1" : "av01";
        return new CodedImage(type, configuration, width, height, ItemData(heif, Child(heif, start, end, "iloc")!.Value, primary));
    }

    /// <summary>The bits per channel of the first pixi property (what the encoder says it stored).</summary>
    public static int BitsPerChannel(byte[] heif)
    {
        int at = heif.AsSpan().IndexOf("pixi"u8);
        return at < 0 ? throw new InvalidOperationException("no pixi property") : heif[at + 4 + 4 + 1];
    }

    /// <summary>The payload range of the first box of <paramref name="type"/> directly inside [start, end).</summary>
    public static Range? Child(byte[] data, int start, int end, string type)
    {
        for (int at = start; at + 8 <= end;)
        {
            int size = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
            if (Encoding.ASCII.GetString(data, at + 4, 4) == type)
            {
                return new Range(at + 8, at + size);
            }

            at += size;
        }

        return null;
    }

    private static byte[] WholeBox(byte[] data, Range payload) => data[(payload.Start.Value - 8)..payload.End.Value];

    private static byte[] ItemData(byte[] file, Range iloc, uint wanted)
    {
        var reader = new Reader(file, iloc.Start.Value);
        int version = reader.Byte();
        reader.Skip(3);
        int sizes = reader.Byte(), baseAndIndex = reader.Byte();
        int offsetSize = sizes >> 4, lengthSize = sizes & 15, baseOffsetSize = baseAndIndex >> 4, indexSize = version >= 1 ? baseAndIndex & 15 : 0;
        int count = version < 2 ? reader.UInt16() : (int)reader.Sized(4);
        for (int i = 0; i < count; i++)
        {
            uint item = version < 2 ? (uint)reader.UInt16() : (uint)reader.Sized(4);
            if (version >= 1 && (reader.UInt16() & 15) != 0)
            {
                throw new InvalidOperationException("only construction method 0 (file offsets) is read");
            }

            reader.Skip(2); // data_reference_index
            long baseOffset = reader.Sized(baseOffsetSize);
            int extents = reader.UInt16();
            var bytes = new List<byte>();
            for (int e = 0; e < extents; e++)
            {
                reader.Sized(indexSize);
                long offset = reader.Sized(offsetSize), length = reader.Sized(lengthSize);
                bytes.AddRange(file.AsSpan((int)(baseOffset + offset), (int)length).ToArray());
            }

            if (item == wanted)
            {
                return [.. bytes];
            }
        }

        throw new InvalidOperationException($"item {wanted} has no iloc entry");
    }

    private sealed class Reader(byte[] data, int offset)
    {
        private int _at = offset;

        public int Byte() => data[_at++];

        public int UInt16() => (int)Sized(2);

        public void Skip(int count) => _at += count;

        public long Sized(int bytes)
        {
            long value = 0;
            for (int i = 0; i < bytes; i++)
            {
                value = (value << 8) | data[_at++];
            }

            return value;
        }
    }
}
