namespace ThumbnailService.Codecs.Heif.Tests.Support;

/// <summary>
/// One item of a file <see cref="HeifFileBuilder"/> writes: id, four-character type, its bytes (stored in mdat) and its
/// property boxes, associated in this order (transformative properties such as irot and imir apply in that order).
/// </summary>
internal sealed record HeifItem(ushort Id, string Type, byte[] Data, IReadOnlyList<byte[]> Properties, bool Hidden = false)
{
    /// <summary>A coded image as an item with its configuration box, its ispe and any further properties.</summary>
    public static HeifItem Coded(ushort id, CodedImage image, bool hidden = false, params byte[][] more) =>
        new(id, image.ItemType, image.Data, [image.ConfigurationBox, HeifProperties.Ispe(image.Width, image.Height), .. more], hidden);
}
