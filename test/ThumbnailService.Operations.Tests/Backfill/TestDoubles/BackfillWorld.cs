using ThumbnailService.Codecs;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing;
using ThumbnailService.Core.Storage;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Tests.Backfill.TestDoubles;

/// <summary>Builds options, runners and tiny images for backfill tests; presets come from a dictionary, never the process environment.</summary>
internal static class BackfillWorld
{
    public const string Sources = "uploads";
    public const string Thumbnails = "thumbnails";

    /// <param name="manifestPrefix">Empty (manifests off, a bucket as it was before them) unless a test is about manifests.</param>
    public static ThumbnailOptions Options(string presets = "t:4x4:inside", string thumbnailBucket = Thumbnails, string manifestPrefix = "")
    {
        var variables = new Dictionary<string, string>
        {
            [ConfigurationVariables.ThumbnailBucket] = thumbnailBucket,
            [ConfigurationVariables.Presets] = presets,
            [ConfigurationVariables.ManifestPrefix] = manifestPrefix,
        };
        return ThumbnailOptionsParser.Parse(variables.GetValueOrDefault);
    }

    /// <summary>A runner on a manual clock (its report's elapsed time is zero); <paramref name="time"/> when the test prints real figures.</summary>
    public static BackfillRunner Runner(IObjectStore store, IObjectLister lister, ThumbnailOptions options, BackfillOptions backfill, TimeProvider? time = null)
    {
        time ??= new ManualTimeProvider();
        return new(store, lister, new ThumbnailProcessor(store, options, StandardCodecs.Pipeline(options.Pipeline), time), options, backfill, time);
    }

    /// <summary>An 8x8 JPEG; <paramref name="seed"/> changes its colour (and so its bytes and ETag).</summary>
    public static byte[] Jpeg(int seed = 0)
    {
        using var image = new Image<Rgb24>(8, 8, new Rgb24((byte)(seed * 37), (byte)(seed * 11), 200));
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    /// <summary>The metadata a thumbnail made by the function records (source ETag and preset fingerprint).</summary>
    public static Dictionary<string, string> ThumbnailMetadata(string sourceETag, string fingerprint) => new()
    {
        [Core.Processing.ThumbnailMetadata.SourceETag] = sourceETag,
        [Core.Processing.ThumbnailMetadata.Fingerprint] = fingerprint,
        [Core.Processing.ThumbnailMetadata.Width] = "4",
        [Core.Processing.ThumbnailMetadata.Height] = "4",
    };
}
