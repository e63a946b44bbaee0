using ImageMagick;
using ThumbnailService.Codecs.Heif.Native;

namespace ThumbnailService.Codecs.Heif.Tests.Native;

/// <summary>
/// A slow decode is not a bad file: found when a loaded machine took over 20 s for a valid 12 MP HEIC and the pipeline
/// answered Rejected (TooManyPixels), an acknowledged outcome the platform would never retry.
/// </summary>
public sealed class MagickFailureTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    [Fact]
    public void Classify_LimitHitAfterTheTimeLimit_IsATimeoutFaultToRetry()
    {
        var error = new MagickResourceLimitErrorException("time limit exceeded `magick-x' @ error/cache.c/GetImagePixelCache/1788");

        Exception classified = MagickFailure.Classify(error, TimeSpan.FromSeconds(21.5), Limit);

        TimeoutException timeout = Assert.IsType<TimeoutException>(classified);
        Assert.Contains("21.5 s", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("MemorySize", timeout.Message, StringComparison.Ordinal);
        Assert.Same(error, timeout.InnerException);
    }

    [Fact]
    public void Classify_LimitHitEarly_RejectsTooManyPixels()
    {
        var error = new MagickResourceLimitErrorException("width or height exceeds limit");

        Exception classified = MagickFailure.Classify(error, TimeSpan.FromSeconds(0.2), Limit);

        ImageRejectedException rejected = Assert.IsType<ImageRejectedException>(classified);
        Assert.Equal(RejectionReason.TooManyPixels, rejected.Rejection.Reason);
        Assert.Contains("width or height exceeds limit", rejected.Rejection.Detail, StringComparison.Ordinal);
    }
}
