using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The 1/8-scale image of a progressive JPEG from its DC scans alone (T.81 G.1.2.1: first and refinement scans,
/// interleaved or not, restart intervals): each 8x8 block's DC coefficient is its mean, one output pixel. AC scans
/// are stepped over without decoding, which is most of a progressive file. The output equals the baseline decoder's
/// 1/8 scale of the same coefficients. Malformed data throws <see cref="JpegFormatException"/>; a scan the
/// <see cref="JpegScanBudget"/> refuses (too many, or too little data for its blocks) throws <see cref="ImageRejectedException"/>.
/// </summary>
internal static class JpegProgressiveDcDecoder
{
    public static Image<Rgb24> Decode(ReadOnlySpan<byte> data, Configuration configuration, CancellationToken cancellationToken)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            throw new JpegFormatException("The data does not start with a JPEG SOI marker.");
        }

        var state = new JpegHeaderState();
        var budget = new JpegScanBudget();
        JpegDcPlanes? planes = null;
        int position = 2;
        while (JpegMarkerWalker.Next(data, ref position, out byte marker, out ReadOnlySpan<byte> segment))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (marker != 0xDA)
            {
                state.Accept(marker, segment);
                continue;
            }

            JpegHeader scan = state.Finish(segment, position);
            planes ??= JpegDcPlanes.Create(scan);
            if (!planes.Frame.IsProgressiveSupported || !SameFrame(planes.Frame, scan.Frame))
            {
                throw new JpegFormatException("The JPEG is not one progressive frame the DC decoder supports.");
            }

            int end = JpegMarkerWalker.EndOfEntropyData(data, position);
            if (budget.Admit(scan, end - position) is { } refused)
            {
                throw new ImageRejectedException(refused);
            }

            if (scan.Band.Start == 0)
            {
                new JpegDcScanDecoder(scan, planes).Decode(data);
            }

            position = end;
        }

        return planes?.ToImage(configuration) ?? throw new JpegFormatException("The JPEG data has no scan.");
    }

    /// <summary>A second SOF between scans must not change what the planes were sized for.</summary>
    private static bool SameFrame(JpegFrameInfo first, JpegFrameInfo now) =>
        (first.Width, first.Height, first.FrameMarker) == (now.Width, now.Height, now.FrameMarker) && first.Components.SequenceEqual(now.Components);
}
