namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Our own decoders found the source unacceptable for good (see <see cref="Rejection"/>): unlike a
/// <see cref="Jpeg.JpegFormatException"/>, this never falls back to ImageSharp, since decoding the same bytes again
/// would cost the work the check exists to avoid. <see cref="DecodeFailure"/> turns it into the outcome.
/// </summary>
public sealed class ImageRejectedException(RenderOutcome.Rejected rejection) : Exception(rejection.Detail)
{
    public RenderOutcome.Rejected Rejection { get; } = rejection;
}
