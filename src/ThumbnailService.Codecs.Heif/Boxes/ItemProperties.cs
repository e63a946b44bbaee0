namespace ThumbnailService.Codecs.Heif.Boxes;

/// <summary>The properties (ipco) and their associations (ipma) of an iprp box: which property boxes an item has.</summary>
internal sealed class ItemProperties
{
    private readonly List<IsoBox> _properties = [];
    private readonly List<(uint Item, int Index)> _associations = [];

    public void Read(ReadOnlySpan<byte> data, IsoBox iprp, BoxWalker walker)
    {
        for (int at = iprp.PayloadStart; walker.TryNext(data, ref at, iprp.End, out IsoBox child);)
        {
            if (child.Type == IsoBox.FourCc("ipco"u8))
            {
                for (int p = child.PayloadStart; walker.TryNext(data, ref p, child.End, out IsoBox property);)
                {
                    _properties.Add(property);
                }
            }
            else if (child.Type == IsoBox.FourCc("ipma"u8))
            {
                ReadAssociations(new FieldReader(data, child), walker);
            }
        }
    }

    /// <summary>The first property box of <paramref name="type"/> associated with <paramref name="item"/>.</summary>
    public IsoBox? Find(uint item, uint type)
    {
        foreach ((uint owner, int index) in _associations)
        {
            if (owner == item && index >= 1 && index <= _properties.Count && _properties[index - 1].Type == type)
            {
                return _properties[index - 1];
            }
        }

        return null;
    }

    private void ReadAssociations(FieldReader reader, BoxWalker walker)
    {
        (int version, int flags) = reader.FullBoxHeader();
        uint entries = reader.UInt32();
        for (uint e = 0; e < entries; e++)
        {
            uint item = version < 1 ? reader.UInt16() : reader.UInt32();
            int count = reader.Byte();
            for (int a = 0; a < count; a++)
            {
                int index = (flags & 1) != 0 ? reader.UInt16() & 0x7FFF : reader.Byte() & 0x7F;
                walker.Charge(); // every association is work, like a box
                _associations.Add((item, index));
            }
        }
    }
}
