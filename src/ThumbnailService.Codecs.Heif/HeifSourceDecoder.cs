using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata;
using ThumbnailService.Codecs.Heif.Boxes;
using ThumbnailService.Codecs.Heif.Native;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Codecs.Heif;

/// <summary>
/// HEIC/HEIF and AVIF sources (format <c>heif</c>): our box walk admits and identifies (the primary item's stored
/// size, so the pixel limit is checked before anything native runs), ImageMagick decodes the primary image only,
/// upright. Compose with <c>StandardCodecs.All.With(new HeifSourceDecoder())</c> when THUMBNAIL_HEIF is true.
/// </summary>
public sealed class HeifSourceDecoder : ISourceDecoder
{
    private volatile bool _nativeRequested;

    /// <summary>Whether this process has loaded the native library (only a HEIF source does).</summary>
    public static bool NativeLibraryLoaded => MagickRuntime.IsInitialized;

    /// <summary>Whether this decoder has asked for the native library (its first Decode does; Admit and Identify never).</summary>
    public bool NativeLibraryRequested => _nativeRequested;

    public string Format => "heif";

    public RenderOutcome.Rejected? Admit(ReadOnlySpan<byte> data)
    {
        try
        {
            HeifHeaderReader.Read(data);
            return null;
        }
        catch (ImageRejectedException rejected)
        {
            return rejected.Rejection;
        }
    }

    public SourceHeader? Identify(DecodeContext context, ReadOnlySpan<byte> data, Stream source)
    {
        HeifHeader header = HeifHeaderReader.Read(data);
        return new SourceHeader(header.Width, header.Height, new ImageMetadata());
    }

    public DecodedSource Decode(DecodeContext context, ReadOnlySpan<byte> data, Stream source, SourceHeader header, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        HeifHeader heif = HeifHeaderReader.Read(data);
        _nativeRequested = true;
        Image image = MagickHeifReader.Read(context, data, heif.Compression, cancellationToken);
        return new DecodedSource(image, image.Size(), Oriented: true);
    }
}
