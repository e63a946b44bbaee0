using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The 1/8-scale image of a progressive JPEG from its DC scans alone (T.81 G.1.2.1: first and refinement scans,
/// interleaved or not, restart intervals): each 8x8 block's DC coefficient is its mean, one output pixel. AC scans
/// are stepped over without decoding, which is most of a progressive file. The scans come from one walk that admitted
/// each to a <see cref="JpegScanBudget"/> (<see cref="JpegScanList"/>). The output equals the baseline decoder's
/// 1/8 scale of the same coefficients. Malformed data throws <see cref="JpegFormatException"/>; a scan the
/// <see cref="JpegScanBudget"/> refuses (too many, or too little data for its blocks) throws <see cref="ImageRejectedException"/>.
/// </summary>
internal static class JpegProgressiveDcDecoder
{
    public static Image<Rgb24> Decode(ReadOnlySpan<byte> data, JpegScanList scans, Configuration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scans);
        JpegDcPlanes planes = JpegDcPlanes.Create(scans.Scans[0].Header);
        if (!planes.Frame.IsProgressiveSupported || scans.Scans.Any(scan => !SameFrame(planes.Frame, scan.Header.Frame)))
        {
            throw new JpegFormatException("The JPEG is not one progressive frame the DC decoder supports.");
        }

        foreach (JpegScanList.Entry scan in scans.Scans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (scan.Header.Band.Start == 0)
            {
                new JpegDcScanDecoder(scan.Header, planes).Decode(data[..scan.DataEnd]);
            }
        }

        return planes.ToImage(configuration);
    }

    /// <summary>A second SOF between scans must not change what the planes were sized for.</summary>
    internal static bool SameFrame(JpegFrameInfo first, JpegFrameInfo now) =>
        (first.Width, first.Height, first.FrameMarker) == (now.Width, now.Height, now.FrameMarker) && first.Components.SequenceEqual(now.Components);
}
