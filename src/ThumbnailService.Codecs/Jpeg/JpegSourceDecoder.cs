using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Formats.Jpeg;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The JPEG codec: <see cref="Examine"/> walks the markers once, admits every scan to a <see cref="JpegScanBudget"/>
/// (<see cref="JpegStructureCheck"/>) and keeps the scans and their tables for <see cref="Decode"/>, which decodes at reduced scale with <see cref="JpegScaledDecoder"/>
/// when the frame header says it can (<see cref="JpegFrameInfo.IsFastPathSupported"/>) and the presets allow a scale
/// below 1, or (progressive, <see cref="JpegFrameInfo.IsProgressiveSupported"/>) at every scale; otherwise, or
/// when that decoder finds the data malformed (<see cref="JpegFormatException"/>), with ImageSharp's decoder (which
/// reads or rejects it). What our decoder refuses for good (<see cref="ImageRejectedException"/>) propagates: ImageSharp
/// would spend the very work it avoids. The fast result carries the metadata the walk read (EXIF orientation, ICC
/// profile, resolution), and is planned against the stored size, so every scale gives exactly the same outputs.
/// </summary>
public sealed class JpegSourceDecoder : ISourceDecoder
{
    public string Format => "jpeg";

    public RenderOutcome.Rejected? Admit(ReadOnlySpan<byte> data) => JpegStructureCheck.Check(data, new JpegScanBudget());

    /// <summary>The frame size and metadata from the segments before the first scan; ImageSharp's Identify when they are malformed.</summary>
    public SourceHeader? Identify(DecodeContext context, ReadOnlySpan<byte> data, Stream source)
    {
        var metadata = new JpegMetadataSegments();
        try
        {
            return Header(JpegHeaderReader.Read(data, metadata).Frame, metadata);
        }
        catch (JpegFormatException)
        {
            return ImageSharpSourceDecoder.Instance.Identify(context, data, source);
        }
    }

    /// <summary>
    /// One walk: it admits the file, reads the header with its metadata (<see cref="JpegMetadataSegments"/>) and keeps
    /// every scan with its tables for <see cref="Decode"/> (<see cref="SourceHeader.DecoderState"/>). Only when a table
    /// segment is malformed (no scans kept) does ImageSharp's Identify read the header, as it decides such files.
    /// </summary>
    public SourceExamination Examine(DecodeContext context, ReadOnlySpan<byte> data, Stream source)
    {
        var metadata = new JpegMetadataSegments();
        if (JpegStructureCheck.Check(data, new JpegScanBudget(), out JpegScanList? scans, metadata) is { } refused)
        {
            return new SourceExamination(refused, null);
        }

        if (scans is null)
        {
            return new SourceExamination(null, ImageSharpSourceDecoder.Instance.Identify(context, data, source)); // a table segment our walk cannot read
        }

        return new SourceExamination(null, Header(scans.Frame, metadata) is { } header ? header with { DecoderState = scans } : null);
    }

    private static SourceHeader? Header(JpegFrameInfo frame, JpegMetadataSegments metadata) =>
        frame.Width > 0 && frame.Height > 0 ? new SourceHeader(frame.Width, frame.Height, metadata.ToMetadata()) : null;

    public DecodedSource Decode(DecodeContext context, ReadOnlySpan<byte> data, Stream source, SourceHeader header, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(header);
        var stored = new Size(header.Width, header.Height);
        if ((header.DecoderState as JpegScanList ?? ReadScans(data, cancellationToken)) is { } scans
            && (scans.Frame.IsFastPathSupported || scans.Frame.IsProgressiveSupported)
            && (scans.Frame.Width, scans.Frame.Height) == (header.Width, header.Height))
        {
            int denominator = JpegScaleChooser.Denominator(header.Width, header.Height, Orientation(header.Metadata), context.Options.Presets);
            bool supported = scans.Frame.IsProgressiveSupported || denominator > 1; // baseline at full scale: ImageSharp's decoder is as fast
            if (supported && TryDecodeScaled(context, data, scans, denominator, header.Metadata, cancellationToken) is { } image)
            {
                return new DecodedSource(image, stored);
            }
        }

        return new DecodedSource(ImageSharpSourceDecoder.DecodeAs<Rgb24>(context, JpegFormat.Instance, source, cancellationToken), stored);
    }

    /// <summary>The scans, when <see cref="Decode"/> is called without <see cref="Examine"/>'s walk; null (ImageSharp decides) when malformed.</summary>
    private static JpegScanList? ReadScans(ReadOnlySpan<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            return JpegScanList.Read(data, new JpegScanBudget(), cancellationToken);
        }
        catch (JpegFormatException)
        {
            return null;
        }
    }

    private static Image<Rgb24>? TryDecodeScaled(DecodeContext context, ReadOnlySpan<byte> data, JpegScanList scans, int denominator, ImageMetadata metadata, CancellationToken cancellationToken)
    {
        try
        {
            Image<Rgb24> image = JpegScaledDecoder.Decode(data, scans, denominator, context.Configuration, JpegScaledDecoder.Pipelined(denominator), cancellationToken);
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
