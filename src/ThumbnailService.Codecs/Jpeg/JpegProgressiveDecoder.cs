using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Decodes a progressive JPEG at 1/1, 1/2 or 1/4 scale (1/8: <see cref="JpegProgressiveDcDecoder"/>): every scan the
/// scale needs (<see cref="JpegBandPlan"/>) into <see cref="JpegProgressiveCoefficients"/>, the others stepped over,
/// then MCU row by MCU row through the baseline decoder's IDCT, upsampling and colour conversion
/// (<see cref="JpegRowTransformer"/>), so the pixels equal a baseline decode of the same coefficients. Malformed data
/// throws <see cref="JpegFormatException"/>; a scan the <see cref="JpegScanBudget"/> refuses, <see cref="ImageRejectedException"/>.
/// </summary>
internal static class JpegProgressiveDecoder
{
    /// <summary>MCU rows in flight between the coefficient reader and the transform thread.</summary>
    private const int PipelineSlots = 4;

    public static Image<Rgb24> Decode(ReadOnlySpan<byte> data, JpegScanList list, int denominator, Configuration configuration, bool pipelined, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(configuration);
        JpegFrameInfo frame = list.Frame;
        if (!frame.IsProgressiveSupported || list.Scans.Any(scan => !JpegProgressiveDcDecoder.SameFrame(frame, scan.Header.Frame)))
        {
            throw new JpegFormatException("The JPEG is not one progressive frame the decoder supports.");
        }

        int blockSize = 8 / denominator;
        var coefficients = new JpegProgressiveCoefficients(frame, blockSize);
        bool[] needed = JpegBandPlan.Needed(list.Scans, frame.Components.Count, JpegBlockDecoder.LastKept(coefficients.Target));
        for (int i = 0; i < list.Scans.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (needed[i])
            {
                new JpegProgressiveScanDecoder(list.Scans[i].Header, coefficients).Decode(data[..list.Scans[i].DataEnd]);
            }
        }

        ushort[][] quant = [.. frame.Components.Select((c, index) => FirstScanOf(list, index).QuantTables[c.QuantTable]
            ?? throw new JpegFormatException($"Quantisation table {c.QuantTable} is not defined."))];
        var image = new Image<Rgb24>(configuration, JpegScaledDecoder.ScaledLength(frame.Width, denominator), JpegScaledDecoder.ScaledLength(frame.Height, denominator));
        try
        {
            new JpegProgressiveOutput(coefficients, quant).WriteInto(image, pipelined ? PipelineSlots : 1, cancellationToken);
            return image;
        }
        catch
        {
            image.Dispose();
            throw;
        }
    }

    /// <summary>The quantisation tables in effect at the first scan holding the component (libjpeg latches them there).</summary>
    private static JpegHeader FirstScanOf(JpegScanList list, int component) =>
        list.Scans.FirstOrDefault(scan => scan.Header.Scan.Any(sc => sc.FrameIndex == component))?.Header ?? list.Scans[0].Header;
}
