using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Turns the exceptions ImageSharp throws for bad content, and our decoders' <see cref="ImageRejectedException"/>, into
/// rejections, by type alone. Anything not listed here (cancellation, out of memory, bugs, a
/// <see cref="NotSupportedException"/> such as Native AOT's missing code) is a fault and propagates so the platform
/// retries. ImageSharp's own <see cref="NotSupportedException"/> (an unsupported variant) is classified where its
/// readers are called (<see cref="Codecs.ImageSharpSourceDecoder"/>), not here.
/// </summary>
internal static class DecodeFailure
{
    private const int MaxDetailLength = 200;

    public static bool IsRejection(Exception exception) => exception switch
    {
        ImageRejectedException or InvalidMemoryOperationException or ImageFormatException or EndOfStreamException => true,
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
            EndOfStreamException => new(RejectionReason.Corrupt, "The image data ends early (truncated)."),
            _ => new(RejectionReason.Corrupt, "The image could not be decoded: " + Shorten(exception.Message)),
        };
    }

    /// <summary>The rejection for a variant ImageSharp's readers report they do not support.</summary>
    public static RenderOutcome.Rejected UnsupportedVariant(NotSupportedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(RejectionReason.UnsupportedFormat, "Unsupported image variant: " + Shorten(exception.Message));
    }

    private static string Shorten(string message) =>
        message.Length <= MaxDetailLength ? message : string.Concat(message.AsSpan(0, MaxDetailLength), "...");
}
