namespace ThumbnailService.Core.Imaging;

/// <summary>What the first bytes of an object say: an accepted format name, or why it is refused.</summary>
internal sealed record SniffResult(string? Format, RejectionReason? Rejection, string Detail)
{
    public static SniffResult Accept(string format) => new(format, null, format);

    public static SniffResult Unsupported(string formatName) =>
        new(null, RejectionReason.UnsupportedFormat, $"{formatName} images are not supported; upload JPEG, PNG, GIF, WebP or BMP.");

    public static SniffResult NotAnImage(string detail) => new(null, RejectionReason.NotAnImage, detail);
}
