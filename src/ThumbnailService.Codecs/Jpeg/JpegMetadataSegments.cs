using System.Buffers.Binary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The metadata a JPEG's segments before its first scan carry, collected from the structure walk so that the headers
/// are read once: EXIF (APP1 "Exif\0\0", continued across further APP1 segments when over 64 KB), the ICC profile
/// (APP2 "ICC_PROFILE\0" chunks in file order, dropped when it is not a valid profile) and the resolution (the first
/// valid JFIF density, else EXIF's X/YResolution and ResolutionUnit). The rules are ImageSharp 2.1's Identify's, so the
/// pipeline sees the same <see cref="ImageMetadata"/> as before, which a test checks file by file.
/// </summary>
internal sealed class JpegMetadataSegments
{
    private const int JfifLength = 13;
    private const int ExifPrefixLength = 6;
    private const int IccPrefixLength = 14;

    private readonly List<byte[]> _exif = [];
    private readonly List<byte[]> _icc = [];
    private (byte Units, short X, short Y)? _jfif;

    /// <summary>Takes one segment (its marker and the bytes after the length field); segments it has no use for are ignored.</summary>
    public void Accept(byte marker, ReadOnlySpan<byte> segment)
    {
        switch (marker)
        {
            case 0xE0 when _jfif is null && segment.Length >= JfifLength && segment.StartsWith("JFIF\0"u8):
                short x = BinaryPrimitives.ReadInt16BigEndian(segment[8..]), y = BinaryPrimitives.ReadInt16BigEndian(segment[10..]);
                _jfif = x > 0 && y > 0 ? (segment[7], x, y) : null;
                break;
            case 0xE1 when segment.Length >= ExifPrefixLength && segment.StartsWith("Exif\0\0"u8):
                _exif.Add(segment[ExifPrefixLength..].ToArray());
                break;
            case 0xE2 when segment.Length >= IccPrefixLength && segment.StartsWith("ICC_PROFILE\0"u8):
                _icc.Add(segment[IccPrefixLength..].ToArray());
                break;
            default:
                break;
        }
    }

    /// <summary>What ImageSharp's Identify would report for these segments (resolution 96 dpi when none is given).</summary>
    public ImageMetadata ToMetadata()
    {
        var metadata = new ImageMetadata();
        if (_exif.Count > 0)
        {
            metadata.ExifProfile = new ExifProfile(Concatenate(_exif));
        }

        if (_icc.Count > 0 && new IccProfile(Concatenate(_icc)) is var icc && icc.CheckIsValid())
        {
            metadata.IccProfile = icc;
        }

        if (_jfif is var (units, x, y))
        {
            (metadata.HorizontalResolution, metadata.VerticalResolution, metadata.ResolutionUnits) = (x, y, (PixelResolutionUnit)units);
        }
        else if (metadata.ExifProfile is { } exif
            && Resolution(exif, ExifTag.XResolution) is > 0 and var horizontal
            && Resolution(exif, ExifTag.YResolution) is > 0 and var vertical)
        {
            (metadata.HorizontalResolution, metadata.VerticalResolution) = (horizontal, vertical);
            metadata.ResolutionUnits = exif.GetValue(ExifTag.ResolutionUnit) is { } unit ? (PixelResolutionUnit)(byte)(unit.Value - 1) : PixelResolutionUnit.PixelsPerInch;
        }

        return metadata;
    }

    private static double Resolution(ExifProfile exif, ExifTag<Rational> tag) =>
        exif.GetValue(tag) is { } value ? value.Value.ToDouble() : 0;

    private static byte[] Concatenate(List<byte[]> parts) => parts.Count == 1 ? parts[0] : [.. parts.SelectMany(p => p)];
}
