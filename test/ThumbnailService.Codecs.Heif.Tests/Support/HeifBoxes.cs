using System.Buffers.Binary;
using System.Text;

namespace ThumbnailService.Codecs.Heif.Tests.Support;

/// <summary>Hand-made HEIF headers (ftyp + meta, no media data) and edits of real files, for the box walk's edge cases.</summary>
internal static class HeifBoxes
{
    /// <summary>ftyp + meta(hdlr, pitm 1, iinf(infe 1 of <paramref name="itemType"/>), iprp(ipco(ispe[, irot]), ipma)).</summary>
    public static byte[] Header(uint width, uint height, string itemType = "hvc1", int? quarterTurns = null, string brand = "heic", int extraProperties = 0)
    {
        byte[] ispe = FullBox("ispe", [.. U32(width), .. U32(height)]);
        List<byte[]> properties = [ispe];
        if (quarterTurns is { } turns)
        {
            properties.Add(Box("irot", [(byte)turns]));
        }

        for (int i = 0; i < extraProperties; i++)
        {
            properties.Add(Box("free", []));
        }

        byte[] ipco = Box("ipco", [.. properties.SelectMany(p => p)]);
        List<byte> ipmaBody = [.. U32(1), 0, 1, (byte)properties.Count];
        for (int i = 1; i <= properties.Count; i++)
        {
            ipmaBody.Add((byte)(i & 0x7F));
        }

        byte[] ipma = FullBox("ipma", [.. ipmaBody]);
        byte[] infe = FullBox("infe", [0, 1, 0, 0, .. Encoding.ASCII.GetBytes(itemType), 0], version: 2);
        byte[] meta = FullBox("meta", [
            .. FullBox("hdlr", [0, 0, 0, 0, .. "pict"u8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            .. FullBox("pitm", [0, 1]),
            .. FullBox("iinf", [0, 1, .. infe]),
            .. Box("iprp", [.. ipco, .. ipma])]);
        return [.. Box("ftyp", [.. Encoding.ASCII.GetBytes(brand), 0, 0, 0, 0, .. "mif1"u8, .. Encoding.ASCII.GetBytes(brand)]), .. meta];
    }

    /// <summary>
    /// A heif-enc file whose primary item is turned by <paramref name="quarterTurns"/> (irot, counter-clockwise): its
    /// pixi property (16 bytes) is overwritten in place by an irot box of the same length, so no offset moves.
    /// </summary>
    public static byte[] WithRotation(byte[] heif, int quarterTurns)
    {
        byte[] edited = [.. heif];
        int at = edited.AsSpan().IndexOf((byte[])[0, 0, 0, 16, .. "pixi"u8]);
        if (at < 0)
        {
            throw new InvalidOperationException("The file has no 16-byte pixi property to overwrite.");
        }

        byte[] irot = [0, 0, 0, 16, .. "irot"u8, (byte)quarterTurns, 0, 0, 0, 0, 0, 0, 0];
        irot.CopyTo(edited, at);
        return edited;
    }

    public static byte[] Box(string type, byte[] payload) => [.. U32((uint)(payload.Length + 8)), .. Encoding.ASCII.GetBytes(type), .. payload];

    public static byte[] FullBox(string type, byte[] payload, byte version = 0) => Box(type, [version, 0, 0, 0, .. payload]);

    private static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
