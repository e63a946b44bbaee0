using System.Buffers.Binary;

namespace ThumbnailService.Codecs.Heif.Tests.Support;

/// <summary>Item property boxes and item data the tests put into hand-made HEIF files (ISO/IEC 23008-12).</summary>
internal static class HeifProperties
{
    public static byte[] Ispe(int width, int height) => HeifBoxes.FullBox("ispe", [.. U32((uint)width), .. U32((uint)height)]);

    /// <summary>Rotation by <paramref name="quarterTurns"/> x 90 degrees anti-clockwise.</summary>
    public static byte[] Irot(int quarterTurns) => HeifBoxes.Box("irot", [(byte)quarterTurns]);

    /// <summary>
    /// Mirroring as HEIF amendment 2 defines its <c>mode</c> (what iPhones, libheif and libavif implement): 0 swaps top and
    /// bottom, 1 swaps left and right. The 2017 text's "axis" read the other way round (MPEGGroup/FileFormat issue 22).
    /// </summary>
    public static byte[] Imir(int mode) => HeifBoxes.Box("imir", [(byte)mode]);

    /// <summary>A colour property carrying an ICC profile (colour_type prof).</summary>
    public static byte[] IccColour(byte[] icc) => HeifBoxes.Box("colr", [.. "prof"u8, .. icc]);

    /// <summary>The data of a grid item (ImageGrid, 16-bit output size).</summary>
    public static byte[] Grid(int rows, int columns, int width, int height) =>
        [0, 0, (byte)(rows - 1), (byte)(columns - 1), .. U16(width), .. U16(height)];

    public static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];

    public static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
