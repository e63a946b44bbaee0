using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Turns the exceptions ImageSharp throws for bad content, and our decoders' <see cref="ImageRejectedException"/>, into
/// rejections. Anything not listed here
/// (cancellation, out of memory, bugs, AOT problems) is a fault and propagates so the platform retries.
/// </summary>
internal static class DecodeFailure
{
    private const int MaxDetailLength = 200;

    public static bool IsRejection(Exception exception) => exception switch
    {
        ImageRejectedException or InvalidMemoryOperationException or ImageFormatException or EndOfStreamException => true,

        // ImageSharp reports unsupported variants (arithmetic-coded JPEG, ...) this way. The AOT failure
        // ("... is missing native code") is also a NotSupportedException but is ours to fix: let it throw.
        NotSupportedException => !exception.Message.Contains("native code", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public static RenderOutcome.Rejected ToRejection(Exception exception, int allocationLimitMegabytes)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is ImageRejectedException rejected)
        {
            return rejected.Rejection;
        }

        if (exception is InvalidMemoryOperationException || exception.InnerException is InvalidMemoryOperationException)
        {
            string detail = string.Format(
                CultureInfo.InvariantCulture,
                "Decoding needs a buffer larger than the {0} MB allocation limit (derived from MaxSourcePixels); the image is too large or its header lies.",
                allocationLimitMegabytes);
            return new RenderOutcome.Rejected(RejectionReason.TooManyPixels, detail);
        }

        return exception switch
        {
            NotSupportedException => new(RejectionReason.UnsupportedFormat, "Unsupported image variant: " + Shorten(exception.Message)),
            EndOfStreamException => new(RejectionReason.Corrupt, "The image data ends early (truncated)."),
            _ => new(RejectionReason.Corrupt, "The image could not be decoded: " + Shorten(exception.Message)),
        };
    }

    private static string Shorten(string message) =>
        message.Length <= MaxDetailLength ? message : string.Concat(message.AsSpan(0, MaxDetailLength), "...");
}
