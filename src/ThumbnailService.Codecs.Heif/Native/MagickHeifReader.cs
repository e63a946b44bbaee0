using System.Diagnostics;
using ImageMagick;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Heif.Boxes;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Codecs.Heif.Native;

/// <summary>
/// Decodes the primary image of a HEIF file with ImageMagick (libheif inside), asking only for the coder our header walk
/// named, and hands ImageSharp upright 8-bit pixels (Rgba32 with alpha, Rgb24 without) and the ICC profile. libheif
/// applies irot/imir itself; no EXIF orientation is kept or applied. A policy or missing-coder error is our
/// configuration's fault, not the file's: it propagates (the platform retries) instead of becoming a rejection; so does
/// running out of ImageMagick's time limit (<see cref="MagickFailure"/>).
/// </summary>
internal static class MagickHeifReader
{
    private const int RowsPerCopy = 64;

    public static Image Read(DecodeContext context, ReadOnlySpan<byte> data, HeifCompression compression, CancellationToken cancellationToken)
    {
        MagickRuntime.EnsureInitialized(context.Options.MaxSourcePixels);
        var settings = new MagickReadSettings
        {
            Format = compression == HeifCompression.Av1 ? MagickFormat.Avif : MagickFormat.Heic,
            FrameIndex = 0,
            FrameCount = 1,
        };
        long started = Stopwatch.GetTimestamp();
        try
        {
            using var magick = new MagickImage(data, settings);
            cancellationToken.ThrowIfCancellationRequested();

            // libheif has applied irot/imir: these pixels are upright. An EXIF orientation inside a HEIF is informational
            // (MIAF) and ImageMagick's Orientation may still echo it; neither is applied again, and no EXIF is carried over.
            Image image = magick.HasAlpha ? Copy<Rgba32>(context, magick, "RGBA", cancellationToken) : Copy<Rgb24>(context, magick, "RGB", cancellationToken);
            if (magick.GetColorProfile() is { } icc)
            {
                image.Metadata.IccProfile = new IccProfile(icc.ToByteArray());
            }

            return image;
        }
        catch (MagickResourceLimitErrorException exception)
        {
            throw MagickFailure.Classify(exception, Stopwatch.GetElapsedTime(started), TimeSpan.FromSeconds(ResourceLimits.Time));
        }
        catch (MagickErrorException exception) when (exception is not (MagickPolicyErrorException or MagickMissingDelegateErrorException))
        {
            throw Refuse(RejectionReason.Corrupt, "The HEIF image could not be decoded: " + exception.Message);
        }
    }

    private static Image<TPixel> Copy<TPixel>(DecodeContext context, MagickImage magick, string mapping, CancellationToken cancellationToken)
        where TPixel : unmanaged, SixLabors.ImageSharp.PixelFormats.IPixel<TPixel>
    {
        int width = checked((int)magick.Width);
        int height = checked((int)magick.Height);
        var image = new Image<TPixel>(context.Configuration, width, height);
        try
        {
            using IPixelCollection<byte> pixels = magick.GetPixels();
            for (int top = 0; top < height; top += RowsPerCopy)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int rows = Math.Min(RowsPerCopy, height - top);
                byte[] band = pixels.ToByteArray(0, top, (uint)width, (uint)rows, mapping) ?? throw new InvalidOperationException("ImageMagick returned no pixels.");
                image.ProcessPixelRows(accessor => CopyBand(accessor, band, top, rows));
            }

            return image;
        }
        catch
        {
            image.Dispose();
            throw;
        }
    }

    private static void CopyBand<TPixel>(PixelAccessor<TPixel> accessor, byte[] band, int top, int rows)
        where TPixel : unmanaged, SixLabors.ImageSharp.PixelFormats.IPixel<TPixel>
    {
        ReadOnlySpan<TPixel> source = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, TPixel>(band);
        for (int y = 0; y < rows; y++)
        {
            source.Slice(y * accessor.Width, accessor.Width).CopyTo(accessor.GetRowSpan(top + y));
        }
    }

    private static ImageRejectedException Refuse(RejectionReason reason, string detail) =>
        new(new RenderOutcome.Rejected(reason, detail.Length <= 240 ? detail : string.Concat(detail.AsSpan(0, 240), "...")));
}
