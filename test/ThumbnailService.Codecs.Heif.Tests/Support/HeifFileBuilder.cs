using System.Text;

namespace ThumbnailService.Codecs.Heif.Tests.Support;

/// <summary>
/// Writes a whole HEIF file from items: ftyp, meta (hdlr, pitm, iinf, iref, iprp, iloc) and one mdat holding every
/// item's bytes, which iloc (version 0, 32-bit offsets) points at. For the layouts heif-enc cannot make: grids, imir,
/// irot with imir, colr prof, any brand.
/// </summary>
internal sealed class HeifFileBuilder(string majorBrand, params string[] compatibleBrands)
{
    private readonly List<HeifItem> _items = [];
    private readonly List<(string Type, ushort From, ushort[] To)> _references = [];

    public ushort Primary { get; set; } = 1;

    public HeifFileBuilder Add(HeifItem item)
    {
        _items.Add(item);
        return this;
    }

    /// <summary>An item reference, e.g. <c>dimg</c> from a grid to its tiles in row-major order.</summary>
    public HeifFileBuilder Reference(string type, ushort from, params ushort[] to)
    {
        _references.Add((type, from, to));
        return this;
    }

    public byte[] Build()
    {
        byte[] ftyp = HeifBoxes.Box("ftyp", [.. Ascii(majorBrand), 0, 0, 0, 0, .. compatibleBrands.SelectMany(Ascii)]);
        int metaLength = Meta(0).Length; // iloc has a fixed size: the offsets do not change the length
        byte[] meta = Meta(ftyp.Length + metaLength + 8);
        byte[] mdat = HeifBoxes.Box("mdat", [.. _items.SelectMany(i => i.Data)]);
        return [.. ftyp, .. meta, .. mdat];
    }

    private byte[] Meta(int mdatPayload) => HeifBoxes.FullBox("meta", [
        .. HeifBoxes.FullBox("hdlr", [0, 0, 0, 0, .. "pict"u8, .. new byte[13]]),
        .. HeifBoxes.FullBox("pitm", HeifProperties.U16(Primary)),
        .. HeifBoxes.FullBox("iinf", [.. HeifProperties.U16(_items.Count), .. _items.SelectMany(Infe)]),
        .. References(),
        .. Properties(),
        .. Locations(mdatPayload)]);

    private static byte[] Infe(HeifItem item) =>
        HeifBoxes.Box("infe", [2, 0, 0, (byte)(item.Hidden ? 1 : 0), .. HeifProperties.U16(item.Id), 0, 0, .. Ascii(item.Type), 0]);

    private byte[] References() => _references.Count == 0 ? [] : HeifBoxes.FullBox("iref", [.. _references.SelectMany(r =>
        HeifBoxes.Box(r.Type, [.. HeifProperties.U16(r.From), .. HeifProperties.U16(r.To.Length), .. r.To.SelectMany(t => HeifProperties.U16(t))]))]);

    private byte[] Properties()
    {
        var ipco = new List<byte>();
        var ipma = new List<byte>(HeifProperties.U32((uint)_items.Count));
        int index = 0;
        foreach (HeifItem item in _items)
        {
            ipma.AddRange([.. HeifProperties.U16(item.Id), (byte)item.Properties.Count]);
            foreach (byte[] property in item.Properties)
            {
                ipco.AddRange(property);
                ipma.Add((byte)((Essential(property) ? 0x80 : 0) | ++index));
            }
        }

        return HeifBoxes.Box("iprp", [.. HeifBoxes.Box("ipco", [.. ipco]), .. HeifBoxes.FullBox("ipma", [.. ipma])]);
    }

    /// <summary>Decoder configurations and transformations must be understood to show the image (MIAF); the rest need not.</summary>
    private static bool Essential(byte[] property) => Encoding.ASCII.GetString(property, 4, 4) is "hvcC" or "av1C" or "irot" or "imir";

    private byte[] Locations(int mdatPayload)
    {
        List<byte> iloc = [0x44, 0x00, .. HeifProperties.U16(_items.Count)];
        int offset = mdatPayload;
        foreach (HeifItem item in _items)
        {
            iloc.AddRange([.. HeifProperties.U16(item.Id), 0, 0, 0, 1, .. HeifProperties.U32((uint)offset), .. HeifProperties.U32((uint)item.Data.Length)]);
            offset += item.Data.Length;
        }

        return HeifBoxes.FullBox("iloc", [.. iloc]);
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
