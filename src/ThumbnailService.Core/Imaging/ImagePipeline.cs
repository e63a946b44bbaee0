using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging.Png;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Turns one source image into every configured thumbnail: sniff the format from content, identify (pixel limit)
/// before decoding, decode once (JPEG: at the smallest DCT scale the presets allow, <see cref="JpegSourceDecoder"/>), then <see cref="PresetRenderer"/>. Safe for concurrent <see cref="Render"/> calls.
/// Before ImageSharp sees any byte, <see cref="SourceStructure"/> refuses files whose structure would cost far more
/// work than their size justifies.
/// </summary>
public sealed class ImagePipeline
{
    private readonly ImagePipelineOptions _options;
    private readonly Configuration _configuration;
    private readonly PresetRenderer _renderer;
    private readonly JpegSourceDecoder _jpegDecoder;
    private readonly int _allocationLimitMegabytes;

    public ImagePipeline(ImagePipelineOptions options)
    {
        ImagePipelineOptionsValidator.ThrowIfInvalid(options);
        _options = options;
        _configuration = ImagingConfiguration.Create(options);
        _allocationLimitMegabytes = ImagingConfiguration.AllocationLimitMegabytes(options);
        uint rgb = options.BackgroundRgb;
        var background = Color.FromRgb((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        _jpegDecoder = new JpegSourceDecoder(_configuration, options.Presets, options.MaxSourcePixels);
        _renderer = new PresetRenderer(options.Presets, options.Format, background, new OutputEncoder(options.Quality));
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

        SniffResult sniff = FormatSniffer.Sniff(ReadHeader(source), _options.AllowTiff);
        if (sniff.Rejection is { } reason || sniff.Format is not { } format)
        {
            return new RenderOutcome.Rejected(sniff.Rejection ?? RejectionReason.NotAnImage, sniff.Detail);
        }

        try
        {
            return RenderImage(source, format, cancellationToken);
        }
        catch (Exception exception) when (DecodeFailure.IsRejection(exception))
        {
            return DecodeFailure.ToRejection(exception, _allocationLimitMegabytes);
        }
    }

    private RenderOutcome RenderImage(Stream source, string format, CancellationToken cancellationToken)
    {
        Image decoded;
        Size stored;
        using (PooledBytes bytes = PooledBytes.Read(source))
        {
            if (SourceStructure.Check(format, bytes.Span) is { } refused)
            {
                return refused; // before ImageSharp's Identify, which already reads PNG text and EXIF
            }

            source.Position = 0;
            IImageInfo? info = Image.Identify(_configuration, source, out IImageFormat? detected);
            if (info is null || detected is null || info.Width <= 0 || info.Height <= 0)
            {
                return new RenderOutcome.Rejected(RejectionReason.Corrupt, $"The {format} header could not be read or declares no pixels.");
            }

            if ((long)info.Width * info.Height > _options.MaxSourcePixels)
            {
                return TooManyPixels(info.Width, info.Height);
            }

            IImageDecoder decoder = _configuration.ImageFormatsManager.FindDecoder(detected);
            decoded = format == "jpeg" ? _jpegDecoder.Decode(bytes.Span, source, info, decoder, cancellationToken) : DecodeOther(source, format, decoder, cancellationToken);

            // JPEG: planned against the stored size, so a reduced-scale decode is resized to exactly the same outputs.
            stored = format == "jpeg" ? new Size(info.Width, info.Height) : decoded.Size();
        }

        using (decoded)
        {
            return RenderDecoded(decoded, stored, format, cancellationToken);
        }
    }

    private Image DecodeOther(Stream source, string format, IImageDecoder decoder, CancellationToken cancellationToken)
    {
        source.Position = 0;
        Image decoded = decoder.Decode<Rgba32>(_configuration, source, cancellationToken);
        if (format == "png")
        {
            source.Position = 0;
            decoded.Metadata.IccProfile ??= PngIccReader.Read(source);
        }

        return decoded;
    }

    private RenderOutcome.Rendered RenderDecoded(Image image, Size stored, string format, CancellationToken cancellationToken)
    {
        int orientation = ReadOrientation(image);
        bool transposed = ThumbnailSizer.Transposes(orientation);
        var sourceInfo = new SourceImageInfo(
            format,
            transposed ? stored.Height : stored.Width,
            transposed ? stored.Width : stored.Height,
            AlphaDetector.UsesAlpha(image));
        IReadOnlyList<RenderedThumbnail> thumbnails = _renderer.RenderAll(image, stored, sourceInfo, orientation, cancellationToken);
        return new RenderOutcome.Rendered(sourceInfo, thumbnails);
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
