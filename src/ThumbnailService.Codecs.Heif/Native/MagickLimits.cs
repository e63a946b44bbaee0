using ImageMagick;

namespace ThumbnailService.Codecs.Heif.Native;

/// <summary>
/// ImageMagick's own resource limits, a second wall behind our header check: no image wider, taller or larger than the
/// pipeline's pixel limit allows, at most 512 MiB of pixel memory, no pixel cache on disk, one image per read.
/// </summary>
internal static class MagickLimits
{
    public const ulong MemoryBytes = 512UL * 1024 * 1024;

    /// <summary>ImageMagick's elapsed-time limit, seconds (also in <see cref="MagickPolicy"/>).</summary>
    public const ulong TimeSeconds = 20;

    public static void Apply(long maxSourcePixels)
    {
        ulong pixels = (ulong)Math.Max(maxSourcePixels, 1);
        ResourceLimits.Area = pixels;
        ResourceLimits.Width = Math.Min(pixels, int.MaxValue);
        ResourceLimits.Height = Math.Min(pixels, int.MaxValue);
        ResourceLimits.Memory = MemoryBytes;
        ResourceLimits.Disk = 0;
        ResourceLimits.ListLength = 4;
        ResourceLimits.Time = TimeSeconds;
    }
}
