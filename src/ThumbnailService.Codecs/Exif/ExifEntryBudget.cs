using System.Buffers.Binary;

namespace ThumbnailService.Codecs.Exif;

/// <summary>
/// Counts the entries of every EXIF block a source carries (JPEG APP1, PNG eXIf or legacy text, WebP EXIF) before
/// ImageSharp parses them. Its EXIF reader drops duplicate tags by searching the values read so far, and merges
/// further blocks the same way, so its time grows with the square of the entries: 5,000 entries (60 KB) cost 0.2-0.3 s,
/// 60,000 (a 720 KB PNG eXIf) 2 s, two blocks of 30,000 5.6 s. Real EXIF has 50 to 300 entries (IFD0 about 15, the
/// Exif IFD 40 to 70, GPS up to 30, the thumbnail IFD 6; a maker note is one opaque entry).
/// </summary>
internal sealed class ExifEntryBudget
{
    /// <summary>Several times any camera's EXIF; ImageSharp reads this many in a few milliseconds.</summary>
    public const int MaxEntries = 1000;

    private const ushort ExifIfd = 0x8769;
    private const ushort GpsIfd = 0x8825;
    private const ushort InteropIfd = 0xA005;

    public int Entries { get; private set; }

    /// <summary>
    /// Adds the entries of <paramref name="exif"/> (a TIFF structure, with or without the "Exif\0\0" prefix): every
    /// IFD of the main chain and the Exif, GPS and interoperability IFDs, each once. Null while within the budget.
    /// </summary>
    public RenderOutcome.Rejected? Add(ReadOnlySpan<byte> exif)
    {
        ReadOnlySpan<byte> tiff = exif.StartsWith("Exif\0\0"u8) ? exif[6..] : exif;
        bool little = tiff.StartsWith("II"u8);
        if (tiff.Length < 8 || !(little || tiff.StartsWith("MM"u8)))
        {
            return null; // not TIFF: ImageSharp reads no entries from it either
        }

        var pending = new Queue<uint>([Read32(tiff, 4, little)]);
        var visited = new HashSet<uint>();
        while (pending.TryDequeue(out uint offset) && Entries <= MaxEntries)
        {
            if (offset == 0 || offset > tiff.Length - 2 || !visited.Add(offset))
            {
                continue;
            }

            int count = Read16(tiff, (int)offset, little);
            Entries += count;
            for (int i = 0; i < count && offset + 2 + (12 * (i + 1)) <= tiff.Length; i++)
            {
                int entry = (int)offset + 2 + (12 * i);
                if (Read16(tiff, entry, little) is ExifIfd or GpsIfd or InteropIfd)
                {
                    pending.Enqueue(Read32(tiff, entry + 8, little));
                }
            }

            long next = offset + 2 + (12L * count);
            pending.Enqueue(next <= tiff.Length - 4 ? Read32(tiff, (int)next, little) : 0);
        }

        return Entries <= MaxEntries ? null : new RenderOutcome.Rejected(
            RejectionReason.TooMuchWork,
            $"The image's EXIF holds more than {MaxEntries} entries; real EXIF has a few hundred, and reading time grows with their square.");
    }

    private static int Read16(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static uint Read32(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
