using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging.Jpeg;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Decodes a complete JPEG source for the presets: at reduced scale with <see cref="JpegScaledDecoder"/> when the frame
/// header says it can (<see cref="JpegFrameInfo.IsFastPathSupported"/>) and the presets allow a scale below 1, or
/// (progressive, <see cref="JpegFrameInfo.IsProgressiveDcSupported"/>) when they allow 1/8;
/// otherwise, or when that decoder finds the data malformed (<see cref="JpegFormatException"/>), with ImageSharp's
/// decoder (which reads or rejects it). What our decoder refuses for good (<see cref="ImageRejectedException"/>: a
/// scan the <see cref="JpegScanBudget"/> refuses) propagates: ImageSharp would spend the very work it avoids.
/// The fast result carries the metadata ImageSharp's Identify read (EXIF orientation, ICC profile, resolution).
/// </summary>
internal sealed class JpegSourceDecoder(Configuration configuration, IReadOnlyList<Preset> presets, long maxSourcePixels)
{
    public Image Decode(ReadOnlySpan<byte> data, Stream source, IImageInfo info, IImageDecoder fallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(fallback);
        if (JpegFrameInfo.TryRead(data, out JpegFrameInfo? frame)
            && (frame.IsFastPathSupported || frame.IsProgressiveDcSupported)
            && (frame.Width, frame.Height) == (info.Width, info.Height))
        {
            int denominator = JpegScaleChooser.Denominator(info.Width, info.Height, Orientation(info.Metadata), presets);
            bool supported = frame.IsFastPathSupported ? denominator > 1 : denominator == 8; // progressive: DC scans only
            if (supported && TryDecodeScaled(data, denominator, info.Metadata, cancellationToken) is { } image)
            {
                return image;
            }
        }

        source.Position = 0;
        return fallback.Decode<Rgb24>(configuration, source, cancellationToken);
    }

    private Image<Rgb24>? TryDecodeScaled(ReadOnlySpan<byte> data, int denominator, ImageMetadata metadata, CancellationToken cancellationToken)
    {
        try
        {
            Image<Rgb24> image = JpegScaledDecoder.Decode(data, denominator, configuration, maxSourcePixels, cancellationToken);
            image.Metadata.ExifProfile = metadata.ExifProfile;
            image.Metadata.IccProfile = metadata.IccProfile;
            image.Metadata.ResolutionUnits = metadata.ResolutionUnits;
            image.Metadata.HorizontalResolution = metadata.HorizontalResolution;
            image.Metadata.VerticalResolution = metadata.VerticalResolution;
            return image;
        }
        catch (JpegFormatException)
        {
            return null; // ImageSharp decides: it may read what we could not, or reject it
        }
    }

    private static int Orientation(ImageMetadata metadata)
    {
        IExifValue<ushort>? value = metadata.ExifProfile?.GetValue(ExifTag.Orientation);
        return value is { Value: >= 1 and <= 8 } ? value.Value : 1;
    }
}
