using ThumbnailService.Codecs;
using SixLabors.ImageSharp.Formats.Jpeg;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Presets;
using ThumbnailService.Core.Processing;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Core.Tests.TestDoubles;

/// <summary>A source bucket, a thumbnail bucket and two small presets over one <see cref="InMemoryObjectStore"/>.</summary>
internal sealed class ProcessorWorld
{
    public const string Source = "uploads";
    public const string Thumbs = "thumbs";

    public InMemoryObjectStore Store { get; } = new();

    public static IReadOnlyList<string> Presets { get; } = ["large", "small"];

    public ThumbnailProcessor Processor(Func<ThumbnailOptions, ThumbnailOptions>? configure = null)
    {
        var options = new ThumbnailOptions
        {
            ThumbnailBucket = Thumbs,
            Pipeline = new ImagePipelineOptions { Presets = [new Preset("large", 64, 64, FitMode.Inside), new Preset("small", 16, 16, FitMode.Cover)] },
        };
        options = configure?.Invoke(options) ?? options;
        return new ThumbnailProcessor(Store, options, StandardCodecs.Pipeline(options.Pipeline), TimeProvider.System);
    }

    /// <summary>A processor that writes manifests under <c>meta/</c>.</summary>
    public ThumbnailProcessor ManifestProcessor() => Processor(options => options with { ManifestPrefix = "meta/" });

    public StoredObject? Manifest(string key) => Store.Find(Thumbs, $"meta/{key}.json");

    public StoredObject? Thumbnail(string preset, string key) => Store.Find(Thumbs, $"{preset}/{key}");

    public IEnumerable<StoredObject?> Thumbnails(string key) => Presets.Select(preset => Thumbnail(preset, key));

    public static byte[] Jpeg(int width, int height)
    {
        using var image = TestImages.Quadrants(width, height);
        return TestImages.Encode(image, new JpegEncoder { Quality = 90 });
    }
}
