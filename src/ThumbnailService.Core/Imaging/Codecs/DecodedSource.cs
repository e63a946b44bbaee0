using SixLabors.ImageSharp;

namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>
/// A decoded source. <paramref name="Stored"/> is the size the outputs are planned against: the header's size even when
/// the image was decoded at a reduced scale (so every scale gives exactly the same outputs). <paramref name="Oriented"/>
/// says the decoder already turned the pixels upright (HEIF's irot/imir): the EXIF orientation must not be applied again.
/// </summary>
public sealed record DecodedSource(Image Image, Size Stored, bool Oriented = false);
