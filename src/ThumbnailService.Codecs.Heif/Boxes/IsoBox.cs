namespace ThumbnailService.Codecs.Heif.Boxes;

/// <summary>One ISO-BMFF box: its four-character type and where its payload (after the header) lies in the file.</summary>
internal readonly record struct IsoBox(uint Type, int PayloadStart, int PayloadLength)
{
    public int End => PayloadStart + PayloadLength;

    public static uint FourCc(ReadOnlySpan<byte> text) => (uint)((text[0] << 24) | (text[1] << 16) | (text[2] << 8) | text[3]);
}
