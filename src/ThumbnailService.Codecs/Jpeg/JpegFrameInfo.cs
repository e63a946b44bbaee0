using System.Diagnostics.CodeAnalysis;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// What the headers up to the first scan say: enough to decide, before any decoding, whether
/// <see cref="JpegScaledDecoder"/> can handle the image (<see cref="IsFastPathSupported"/>) or ImageSharp must.
/// </summary>
internal sealed record JpegFrameInfo(
    int Width,
    int Height,
    int Precision,
    byte FrameMarker,
    IReadOnlyList<JpegComponentInfo> Components,
    int AdobeTransform,
    bool HasJfif,
    int FirstScanComponentCount)
{
    /// <summary><see cref="AdobeTransform"/> when the file has no Adobe APP14 segment.</summary>
    public const int NoAdobeSegment = -1;

    public bool IsProgressive => FrameMarker is 0xC2 or 0xC6 or 0xCA or 0xCE;

    public bool IsArithmetic => FrameMarker >= 0xC9;

    /// <summary>Baseline, extended sequential or progressive DCT with Huffman coding: the frames whose scans have a known minimum size.</summary>
    public bool IsHuffmanDct => FrameMarker is 0xC0 or 0xC1 or 0xC2;

    /// <summary>Baseline or extended sequential Huffman, 8-bit, greyscale or YCbCr with luma-led sampling, one interleaved first scan.</summary>
    public bool IsFastPathSupported =>
        FrameMarker is 0xC0 or 0xC1
        && Precision == 8
        && Width > 0
        && Height > 0
        && FirstScanComponentCount == Components.Count
        && (Components.Count == 1 || (Components.Count == 3 && IsYCbCr && HasLumaLedSampling));

    /// <summary>
    /// Progressive Huffman, 8-bit, greyscale or YCbCr with luma-led sampling: <see cref="JpegProgressiveDecoder"/> reads
    /// it at every scale (<see cref="JpegProgressiveDcDecoder"/> makes its 1/8-scale image from the DC scans alone).
    /// </summary>
    public bool IsProgressiveSupported =>
        FrameMarker == 0xC2
        && Precision == 8
        && Width > 0
        && Height > 0
        && (Components.Count == 1 || (Components.Count == 3 && IsYCbCr && HasLumaLedSampling));

    private bool IsYCbCr =>
        AdobeTransform is NoAdobeSegment or 1
        && !(AdobeTransform == NoAdobeSegment && !HasJfif && Components[0].Id == 'R' && Components[1].Id == 'G' && Components[2].Id == 'B');

    private bool HasLumaLedSampling
    {
        get
        {
            JpegComponentInfo luma = Components[0];
            int blocks = 0;
            foreach (JpegComponentInfo c in Components)
            {
                if (luma.HorizontalSampling % c.HorizontalSampling != 0 || luma.VerticalSampling % c.VerticalSampling != 0)
                {
                    return false;
                }

                blocks += c.HorizontalSampling * c.VerticalSampling;
            }

            return blocks <= 10;
        }
    }

    /// <summary>Reads the headers up to the first scan; false when they are malformed or absent (ImageSharp then decides).</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, [NotNullWhen(true)] out JpegFrameInfo? info)
    {
        try
        {
            info = JpegHeaderReader.Read(data).Frame;
            return true;
        }
        catch (JpegFormatException)
        {
            info = null;
            return false;
        }
    }
}
