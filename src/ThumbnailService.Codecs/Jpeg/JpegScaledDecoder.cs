using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Decodes a baseline or progressive JPEG at 1/1, 1/2, 1/4 or 1/8 scale (progressive: <see cref="JpegProgressiveDecoder"/>,
/// at 1/8 from its DC scans alone: <see cref="JpegProgressiveDcDecoder"/>) in the DCT domain into an <see cref="Image{Rgb24}"/> of
/// ceil(width / d) x ceil(height / d) (libjpeg's rounding). Malformed or unsupported data throws
/// <see cref="JpegFormatException"/>; a file cut short (and data after a stray marker) decodes as zero bits, unless the
/// scan's data is too short for its blocks even at one code per block (<see cref="JpegScanBudget"/>):
/// <see cref="ImageRejectedException"/>.
/// </summary>
internal static class JpegScaledDecoder
{
    public static readonly int[] Denominators = [8, 4, 2, 1];

    public static int ScaledLength(int length, int denominator) => (int)(((long)length + denominator - 1) / denominator);

    /// <summary>
    /// Decodes with the IDCT and colour conversion on a second thread when there is a second core and they cost
    /// enough to pay for the hand-off (scales 1 and 1/2; at 1/4 and 1/8 the entropy decoding is nearly all the work).
    /// </summary>
    public static Image<Rgb24> Decode(ReadOnlySpan<byte> data, int denominator, Configuration configuration, long maxPixels, CancellationToken cancellationToken) =>
        Decode(data, denominator, configuration, maxPixels, Pipelined(denominator), cancellationToken);

    /// <summary>Whether the IDCT and colour conversion go to a second thread at this scale.</summary>
    public static bool Pipelined(int denominator) => Environment.ProcessorCount > 1 && denominator <= 2;

    public static Image<Rgb24> Decode(ReadOnlySpan<byte> data, int denominator, Configuration configuration, long maxPixels, bool pipelined, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        CheckDenominator(denominator);
        JpegHeader header = JpegHeaderReader.Read(data);
        JpegFrameInfo frame = header.Frame;
        if ((long)frame.Width * frame.Height > maxPixels)
        {
            throw new JpegFormatException($"The JPEG frame is {frame.Width}x{frame.Height}, above the pixel limit.");
        }

        if (frame.IsProgressiveSupported)
        {
            return Decode(data, JpegScanList.Read(data, new JpegScanBudget(), cancellationToken), denominator, configuration, pipelined, cancellationToken);
        }

        CheckBaseline(header);
        int dataLength = JpegMarkerWalker.EndOfEntropyData(data, header.EntropyDataOffset) - header.EntropyDataOffset;
        if (new JpegScanBudget().Admit(header, dataLength) is { } refused)
        {
            throw new ImageRejectedException(refused);
        }

        return DecodeBaseline(data, header, denominator, configuration, pipelined, cancellationToken);
    }

    /// <summary>
    /// Decodes from the scans one walk found and admitted (<see cref="JpegStructureCheck"/>), without reading the
    /// headers again; the caller has checked the frame against the pixel limit.
    /// </summary>
    public static Image<Rgb24> Decode(ReadOnlySpan<byte> data, JpegScanList scans, int denominator, Configuration configuration, bool pipelined, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scans);
        ArgumentNullException.ThrowIfNull(configuration);
        CheckDenominator(denominator);
        if (scans.Frame.IsProgressiveSupported)
        {
            return denominator == 8
                ? JpegProgressiveDcDecoder.Decode(data, scans, configuration, cancellationToken)
                : JpegProgressiveDecoder.Decode(data, scans, denominator, configuration, pipelined, cancellationToken);
        }

        JpegHeader header = scans.Scans[0].Header;
        CheckBaseline(header);
        return DecodeBaseline(data, header, denominator, configuration, pipelined, cancellationToken);
    }

    private static void CheckDenominator(int denominator)
    {
        if (denominator is not (1 or 2 or 4 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The scale denominator must be 1, 2, 4 or 8.");
        }
    }

    private static void CheckBaseline(JpegHeader header)
    {
        if (!header.Frame.IsFastPathSupported || !header.Band.IsSequential)
        {
            throw new JpegFormatException("The JPEG uses a feature the reduced-scale decoder does not support.");
        }
    }

    private static Image<Rgb24> DecodeBaseline(ReadOnlySpan<byte> data, JpegHeader header, int denominator, Configuration configuration, bool pipelined, CancellationToken cancellationToken)
    {
        JpegFrameInfo frame = header.Frame;
        using var scan = new JpegScanDecoder(header, 8 / denominator);
        var image = new Image<Rgb24>(configuration, ScaledLength(frame.Width, denominator), ScaledLength(frame.Height, denominator));
        try
        {
            scan.DecodeInto(data, image, pipelined, cancellationToken);
            return image;
        }
        catch
        {
            image.Dispose();
            throw;
        }
    }
}
