namespace ThumbnailService.Codecs.Heif.Boxes;

/// <summary>The item types an iinf box lists (infe version 2 and 3; older entries carry no type and are skipped).</summary>
internal sealed class ItemTypes
{
    private readonly Dictionary<uint, uint> _types = [];

    public void Read(ReadOnlySpan<byte> data, IsoBox iinf, BoxWalker walker)
    {
        var header = new FieldReader(data, iinf);
        int version = header.FullBoxHeader().Version;
        int skip = version == 0 ? 2 : 4; // entry_count; the boxes that follow say how many there really are
        for (int at = iinf.PayloadStart + 4 + skip; walker.TryNext(data, ref at, iinf.End, out IsoBox infe);)
        {
            if (infe.Type != IsoBox.FourCc("infe"u8))
            {
                continue;
            }

            var entry = new FieldReader(data, infe);
            int entryVersion = entry.FullBoxHeader().Version;
            if (entryVersion < 2)
            {
                continue;
            }

            uint item = entryVersion == 2 ? entry.UInt16() : entry.UInt32();
            entry.UInt16(); // item_protection_index
            _types.TryAdd(item, entry.FourCc());
        }
    }

    public uint? TypeOf(uint item) => _types.TryGetValue(item, out uint type) ? type : null;
}
