using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Png;

namespace ThumbnailService.Core.Imaging;

/// <summary>Removes everything personal from an output (EXIF with GPS, XMP, IPTC, text, comments); keeps the ICC colour profile.</summary>
internal static class MetadataScrubber
{
    public static void Scrub(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.GetFormatMetadata(PngFormat.Instance).TextData.Clear();
        image.Metadata.GetFormatMetadata(GifFormat.Instance).Comments.Clear();
        foreach (ImageFrame frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
        }
    }
}
