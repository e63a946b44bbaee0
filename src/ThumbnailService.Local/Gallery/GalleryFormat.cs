using System.Globalization;

namespace ThumbnailService.Local.Gallery;

/// <summary>How the gallery prints numbers and formats.</summary>
internal static class GalleryFormat
{
    public static string Bytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";

    /// <summary>JPEG, PNG, WebP or GIF from a content type; any other content type as it is.</summary>
    public static string Format(string contentType) => contentType switch
    {
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        "image/webp" => "WebP",
        "image/gif" => "GIF",
        _ => contentType,
    };

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    public static string Milliseconds(double? ms) => ms is { } value ? value.ToString("0", CultureInfo.InvariantCulture) + " ms" : "-";
}
