namespace ThumbnailService.Codecs.Heif.Tests.Support;

/// <summary>
/// One coded image taken out of a heif-enc file, ready to be put into a file the tests write: its item type
/// (<c>hvc1</c> or <c>av01</c>), its decoder configuration box (hvcC or av1C, whole), its stored size and its coded bytes.
/// </summary>
internal sealed record CodedImage(string ItemType, byte[] ConfigurationBox, int Width, int Height, byte[] Data);
