using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace ThumbnailService.Core.Imaging;

/// <summary>Start-up hooks that keep ImageSharp 2.1 working under Native AOT.</summary>
public static class ImageSharpAot
{
    /// <summary>
    /// Makes the AOT compiler generate the enum arrays ImageSharp creates through <c>Enum.GetValues(Type)</c>;
    /// without this every image with an EXIF profile fails with "ExifDataType[] is missing native code".
    /// Call once at start-up; cheap and idempotent.
    /// </summary>
    public static void Prepare()
    {
        _ = Enum.GetValues<ExifDataType>();
        _ = Enum.GetValues<ExifParts>();
    }
}
