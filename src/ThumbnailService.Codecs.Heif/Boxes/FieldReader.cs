using System.Buffers.Binary;
using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Codecs.Heif.Boxes;

/// <summary>Reads big-endian fields from one box's payload; a field past its end means the box is damaged (Corrupt).</summary>
internal ref struct FieldReader(ReadOnlySpan<byte> data, IsoBox box)
{
    private readonly ReadOnlySpan<byte> _payload = data.Slice(box.PayloadStart, box.PayloadLength);
    private int _offset;

    public (int Version, int Flags) FullBoxHeader()
    {
        uint word = UInt32();
        return ((int)(word >> 24), (int)(word & 0xFFFFFF));
    }

    public byte Byte() => Take(1)[0];

    public ushort UInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    public uint UInt32() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));

    public uint FourCc() => UInt32();

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_payload.Length - _offset < count)
        {
            throw BoxWalker.Refuse(RejectionReason.Corrupt, "A HEIF box is shorter than its fields (damaged).");
        }

        ReadOnlySpan<byte> field = _payload.Slice(_offset, count);
        _offset += count;
        return field;
    }
}
