namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The JPEG data is malformed, or uses a feature the reduced-scale decoder does not implement. The pipeline answers
/// by decoding the same bytes with ImageSharp, which either reads them or rejects them.
/// </summary>
internal sealed class JpegFormatException : Exception
{
    public JpegFormatException()
    {
    }

    public JpegFormatException(string message)
        : base(message)
    {
    }

    public JpegFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
