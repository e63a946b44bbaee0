using System.Buffers.Binary;
using System.Globalization;
using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Codecs.Heif.Boxes;

/// <summary>
/// Reads the boxes inside one range of a HEIF file, one after another, and counts every box against one budget for the
/// whole walk: a file with more boxes than any camera writes is refused as TooMuchWork, one whose box overruns its
/// container (truncated) as Corrupt. Never reads outside the range.
/// </summary>
internal sealed class BoxWalker
{
    /// <summary>An iPhone grid photo has about 60 items and a few hundred boxes; thousands buy nothing but work.</summary>
    public const int MaxBoxes = 4096;

    private int _boxes;

    /// <summary>
    /// The box at <paramref name="offset"/> (advanced past it), or false at <paramref name="end"/>. Loop with
    /// <c>for (int at = start; walker.TryNext(data, ref at, end, out IsoBox box);)</c>.
    /// </summary>
    public bool TryNext(ReadOnlySpan<byte> data, ref int offset, int end, out IsoBox box)
    {
        if (offset >= end)
        {
            box = default;
            return false;
        }

        box = Next(data, offset, end);
        offset = box.End;
        return true;
    }

    /// <summary>Counts one unit of work (a box, an item, a property association) against the budget.</summary>
    public void Charge()
    {
        if (++_boxes > MaxBoxes)
        {
            throw Refuse(RejectionReason.TooMuchWork, string.Create(CultureInfo.InvariantCulture, $"The HEIF file has more than {MaxBoxes} boxes, items or property associations."));
        }
    }

    private IsoBox Next(ReadOnlySpan<byte> data, int offset, int end)
    {
        Charge();

        if (end - offset < 8)
        {
            throw Refuse(RejectionReason.Corrupt, "A HEIF box header is cut off (truncated).");
        }

        ulong size = BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
        uint type = BinaryPrimitives.ReadUInt32BigEndian(data[(offset + 4)..]);
        int header = 8;
        if (size == 1)
        {
            if (end - offset < 16)
            {
                throw Refuse(RejectionReason.Corrupt, "A HEIF box's 64-bit size is cut off (truncated).");
            }

            size = BinaryPrimitives.ReadUInt64BigEndian(data[(offset + 8)..]);
            header = 16;
        }
        else if (size == 0)
        {
            size = (ulong)(end - offset); // to the end of the container
        }

        if (size < (ulong)header || size > (ulong)(end - offset))
        {
            throw Refuse(RejectionReason.Corrupt, "A HEIF box is larger than the data that holds it (truncated or damaged).");
        }

        return new IsoBox(type, offset + header, (int)size - header);
    }

    public static ImageRejectedException Refuse(RejectionReason reason, string detail) => new(new RenderOutcome.Rejected(reason, detail));
}
