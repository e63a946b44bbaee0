using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;

namespace ThumbnailService.Core.Imaging;

/// <summary>Builds the one ImageSharp configuration a pipeline uses: only the decoders we accept, bounded allocations.</summary>
internal static class ImagingConfiguration
{
    /// <summary>Largest single buffer, per source pixel: Rgba64 (8 bytes), the widest pixel a decoder may need.</summary>
    private const long BytesPerPixelBudget = 8;

    public static Configuration Create(ImagePipelineOptions options)
    {
        var configuration = new Configuration(
            new JpegConfigurationModule(),
            new PngConfigurationModule(),
            new GifConfigurationModule(),
            new WebpConfigurationModule(),
            new BmpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = AllocationLimitMegabytes(options) }),
            MaxDegreeOfParallelism = 1, // measured: no gain on Lambda's 1-2 vCPUs, and callers may render in parallel.
        };
        if (options.AllowTiff)
        {
            configuration.Configure(new TiffConfigurationModule());
            configuration.ImageFormatsManager.SetDecoder(TiffFormat.Instance, new TiffDecoder { DecodingMode = FrameDecodingMode.First });
        }

        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { DecodingMode = FrameDecodingMode.First });
        return configuration;
    }

    /// <summary>Backstop for decoders that allocate from header fields other than the dimensions we checked.</summary>
    public static int AllocationLimitMegabytes(ImagePipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        long bytes = Math.Max(options.MaxSourcePixels, 1) * BytesPerPixelBudget;
        long megabytes = (bytes / (1024 * 1024)) + 16;
        return (int)Math.Min(megabytes, int.MaxValue);
    }
}
