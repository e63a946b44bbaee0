using System.Globalization;
using ImageMagick;
using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Codecs.Heif.Native;

/// <summary>
/// What an ImageMagick resource-limit error means. Our header walk has already checked the pixel count, so a limit hit
/// after the read ran for ImageMagick's whole time limit is that limit: the CPU was too slow for this photo (a small
/// Lambda memory size, a loaded host), not a fault of the file, so it is a fault the platform retries (and then keeps
/// in the failure queue), never an acknowledged rejection. Any other limit (width, height, area, memory) rejects the
/// file as too large. Decided by the elapsed time we measured, not by the error's text.
/// </summary>
internal static class MagickFailure
{
    public static Exception Classify(MagickResourceLimitErrorException exception, TimeSpan elapsed, TimeSpan timeLimit)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (elapsed >= timeLimit)
        {
            return new TimeoutException(string.Create(
                CultureInfo.InvariantCulture,
                $"Decoding the HEIF image took {elapsed.TotalSeconds:0.0} s, past ImageMagick's {timeLimit.TotalSeconds:0} s limit: too little CPU for it (raise MemorySize); the event is retried."),
                exception);
        }

        string detail = "The HEIF image exceeds the decoder's resource limits: " + exception.Message;
        return new ImageRejectedException(new RenderOutcome.Rejected(RejectionReason.TooManyPixels, detail.Length <= 240 ? detail : string.Concat(detail.AsSpan(0, 240), "...")));
    }
}
