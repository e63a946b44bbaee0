using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Turns one source image into every configured thumbnail: sniff the format from content, then the codec set's
/// decoder for that format (<see cref="ISourceDecoder"/>: ours for JPEG and PNG, ImageSharp's otherwise) admits the
/// source (a structural walk that refuses decompression bombs), identifies it (the pixel limit is checked before any
/// decoding) and decodes it once; then <see cref="PresetRenderer"/>. Safe for concurrent <see cref="Render"/> calls.
/// </summary>
public sealed class ImagePipeline
{
    private readonly ImagePipelineOptions _options;
    private readonly ImageCodecs _codecs;
    private readonly DecodeContext _context;
    private readonly PresetRenderer _renderer;
    private readonly int _allocationLimitMegabytes;
    private readonly bool _acceptHeif;

    public ImagePipeline(ImagePipelineOptions options, ImageCodecs codecs)
    {
        ImagePipelineOptionsValidator.ThrowIfInvalid(options);
        ArgumentNullException.ThrowIfNull(codecs);
        _options = options;
        _codecs = codecs;
        _context = new DecodeContext(ImagingConfiguration.Create(options), options);
        _allocationLimitMegabytes = ImagingConfiguration.AllocationLimitMegabytes(options);
        _acceptHeif = options.AllowHeif && codecs.HasDecoderFor(FormatSniffer.Heif); // ImageSharp 2.1 cannot read HEIF itself
        uint rgb = options.BackgroundRgb;
        var background = Color.FromRgb((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        _renderer = new PresetRenderer(options.Presets, options.Format, background, new OutputEncoder(options.Quality, codecs));
    }

    /// <summary>Renders every preset from <paramref name="source"/> (seekable, at position 0), or says why not.</summary>
    public RenderOutcome Render(Stream source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        if (source.Length == 0)
        {
            return new RenderOutcome.Rejected(RejectionReason.Empty, "The object is empty (0 bytes).");
        }

        SniffResult sniff = FormatSniffer.Sniff(ReadHeader(source), _options.AllowTiff, _acceptHeif);
        if (sniff.Rejection is { } reason || sniff.Format is not { } format)
        {
            return new RenderOutcome.Rejected(sniff.Rejection ?? RejectionReason.NotAnImage, sniff.Detail);
        }

        try
        {
            return RenderImage(source, format, _codecs.DecoderFor(format), cancellationToken);
        }
        catch (Exception exception) when (DecodeFailure.IsRejection(exception))
        {
            return DecodeFailure.ToRejection(exception, _allocationLimitMegabytes);
        }
    }

    private RenderOutcome RenderImage(Stream source, string format, ISourceDecoder decoder, CancellationToken cancellationToken)
    {
        DecodedSource decoded;
        int frames;
        using (PooledBytes bytes = PooledBytes.Read(source))
        {
            SourceExamination examined = decoder.Examine(_context, bytes.Span, source);
            if (examined.Refused is { } refused)
            {
                return refused; // before any decoder reads deeper than the walk (ImageSharp's Identify already reads PNG text and EXIF)
            }

            if (examined.Header is not { } header)
            {
                return new RenderOutcome.Rejected(RejectionReason.Corrupt, $"The {format} header could not be read or declares no pixels.");
            }

            if ((long)header.Width * header.Height > _options.MaxSourcePixels)
            {
                return TooManyPixels(header.Width, header.Height);
            }

            decoded = decoder.Decode(_context, bytes.Span, source, header, cancellationToken);
            frames = FrameCounter.Count(format, bytes.Span);
        }

        using (decoded.Image)
        {
            return RenderDecoded(decoded, format, frames, cancellationToken);
        }
    }

    private RenderOutcome.Rendered RenderDecoded(DecodedSource decoded, string format, int frames, CancellationToken cancellationToken)
    {
        (Image image, Size stored) = (decoded.Image, decoded.Stored);
        int orientation = decoded.Oriented ? 1 : ReadOrientation(image);
        bool transposed = ThumbnailSizer.Transposes(orientation);
        var sourceInfo = new SourceImageInfo(
            format,
            transposed ? stored.Height : stored.Width,
            transposed ? stored.Width : stored.Height,
            AlphaDetector.UsesAlpha(image)) { FrameCount = frames };
        IReadOnlyList<RenderedThumbnail> thumbnails = _renderer.RenderAll(image, stored, sourceInfo, orientation, out var placeholder, cancellationToken);
        return new RenderOutcome.Rendered(sourceInfo, thumbnails) { Placeholder = placeholder };
    }

    private RenderOutcome.Rejected TooManyPixels(int width, int height) => new(
        RejectionReason.TooManyPixels,
        string.Format(
            CultureInfo.InvariantCulture,
            "The image is {0}x{1} = {2:N0} pixels; the limit (MaxSourcePixels) is {3:N0}.",
            width,
            height,
            (long)width * height,
            _options.MaxSourcePixels));

    private static int ReadOrientation(Image image)
    {
        IExifValue<ushort>? value = image.Metadata.ExifProfile?.GetValue(ExifTag.Orientation);
        return value is { Value: >= 1 and <= 8 } ? value.Value : 1;
    }

    private static byte[] ReadHeader(Stream source)
    {
        var header = new byte[(int)Math.Min(source.Length, FormatSniffer.HeaderLength)];
        source.Position = 0;
        source.ReadExactly(header);
        return header;
    }
}
