using System.Text;
using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Codecs.Heif.Boxes;

/// <summary>
/// Finds the primary item of a HEIF file and its size without decoding anything: ftyp (brands), then meta's pitm (which
/// item), iinf (its type) and iprp (its ispe, irot, imir). Nesting is fixed by the walk itself (file, meta, iprp, ipco:
/// four levels, no recursion) and every box, item and association counts against <see cref="BoxWalker.MaxBoxes"/>;
/// the walk stops at the first meta box, so the media data (mdat) is never read. Throws
/// <see cref="ImageRejectedException"/> for files it refuses.
/// </summary>
internal static class HeifHeaderReader
{
    public static HeifHeader Read(ReadOnlySpan<byte> data)
    {
        var walker = new BoxWalker();
        bool av1Brand = false;
        for (int at = 0; walker.TryNext(data, ref at, data.Length, out IsoBox box);)
        {
            if (box.Type == IsoBox.FourCc("ftyp"u8))
            {
                av1Brand = HasAv1Brand(data.Slice(box.PayloadStart, box.PayloadLength));
            }
            else if (box.Type == IsoBox.FourCc("meta"u8))
            {
                return ReadMeta(data, box, walker, av1Brand);
            }
        }

        throw BoxWalker.Refuse(RejectionReason.Corrupt, "The HEIF file has no meta box before its end (no still image, or truncated).");
    }

    private static HeifHeader ReadMeta(ReadOnlySpan<byte> data, IsoBox meta, BoxWalker walker, bool av1Brand)
    {
        uint? primary = null;
        var items = new ItemTypes();
        var properties = new ItemProperties();
        for (int at = meta.PayloadStart + 4; walker.TryNext(data, ref at, meta.End, out IsoBox box);)
        {
            if (box.Type == IsoBox.FourCc("pitm"u8))
            {
                var reader = new FieldReader(data, box);
                primary = reader.FullBoxHeader().Version == 0 ? reader.UInt16() : reader.UInt32();
            }
            else if (box.Type == IsoBox.FourCc("iinf"u8))
            {
                items.Read(data, box, walker);
            }
            else if (box.Type == IsoBox.FourCc("iprp"u8))
            {
                properties.Read(data, box, walker);
            }
        }

        if (primary is not { } item)
        {
            throw BoxWalker.Refuse(RejectionReason.Corrupt, "The HEIF file names no primary image (pitm).");
        }

        HeifCompression compression = Compression(items.TypeOf(item), av1Brand);
        return Describe(data, item, properties, compression);
    }

    private static HeifHeader Describe(ReadOnlySpan<byte> data, uint item, ItemProperties properties, HeifCompression compression)
    {
        if (properties.Find(item, IsoBox.FourCc("ispe"u8)) is not { } ispe)
        {
            throw BoxWalker.Refuse(RejectionReason.Corrupt, "The HEIF primary image has no size (ispe).");
        }

        var size = new FieldReader(data, ispe);
        size.FullBoxHeader();
        uint width = size.UInt32();
        uint height = size.UInt32();
        if (width == 0 || height == 0)
        {
            throw BoxWalker.Refuse(RejectionReason.Corrupt, "The HEIF primary image declares no pixels (ispe 0).");
        }

        int turns = properties.Find(item, IsoBox.FourCc("irot"u8)) is { } irot ? new FieldReader(data, irot).Byte() & 3 : 0;
        bool mirrored = properties.Find(item, IsoBox.FourCc("imir"u8)) is not null;
        return new HeifHeader((int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue), turns, mirrored, compression);
    }

    /// <summary>hvc1 and av01 name their coder; a grid's tiles are coded as the brands say. Anything else is refused.</summary>
    private static HeifCompression Compression(uint? type, bool av1Brand)
    {
        if (type == IsoBox.FourCc("hvc1"u8))
        {
            return HeifCompression.Hevc;
        }

        if (type == IsoBox.FourCc("av01"u8))
        {
            return HeifCompression.Av1;
        }

        if (type == IsoBox.FourCc("grid"u8))
        {
            return av1Brand ? HeifCompression.Av1 : HeifCompression.Hevc;
        }

        if (type is not { } known)
        {
            throw BoxWalker.Refuse(RejectionReason.Corrupt, "The HEIF primary image is not listed in the item information (iinf).");
        }

        byte[] name = [(byte)(known >> 24), (byte)(known >> 16), (byte)(known >> 8), (byte)known];
        string printable = new(Encoding.ASCII.GetString(name).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '?').ToArray());
        throw BoxWalker.Refuse(RejectionReason.UnsupportedFormat, $"HEIF images coded as '{printable}' are not supported; HEVC (HEIC) and AV1 (AVIF) are.");
    }

    private static bool HasAv1Brand(ReadOnlySpan<byte> ftyp)
    {
        for (int offset = 0; offset + 4 <= ftyp.Length; offset += 4)
        {
            if (offset != 4 && (ftyp.Slice(offset, 4).SequenceEqual("avif"u8) || ftyp.Slice(offset, 4).SequenceEqual("avis"u8)))
            {
                return true;
            }
        }

        return false;
    }
}
