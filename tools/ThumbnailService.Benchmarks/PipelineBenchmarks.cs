using ThumbnailService.Codecs;
using BenchmarkDotNet.Attributes;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;

namespace ThumbnailService.Benchmarks;

/// <summary>
/// A whole <see cref="ImagePipeline.Render"/> (sniff, identify, decode, every preset's resize, crop and encode) from
/// bytes in memory, built like the Lambda builds it: options parsed from the environment variables, format auto
/// (JPEG out for the opaque JPEG, PNG out for the PNG with alpha), quality 80. Compare with the stage benchmarks to
/// see where a render's time goes.
/// </summary>
public class PipelineBenchmarks
{
    private ImagePipeline? _pipeline;
    private byte[] _source = [];

    [Params("jpeg-4000x3000", "png-rgba-2304x1728")]
    public string Source { get; set; } = string.Empty;

    /// <summary>One 256 px thumbnail (small:256x256:inside), or the default preset set (<see cref="ConfigurationVariables.DefaultPresets"/>).</summary>
    [Params("one-256", "default-set")]
    public string Presets { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        int[] size = Source.Split('-')[^1].Split('x').Select(int.Parse).ToArray();
        _source = Source.StartsWith("jpeg", StringComparison.Ordinal) ? Photos.Jpeg(size[0], size[1]) : Photos.PngWithAlpha(size[0], size[1]);
        ThumbnailOptions options = ThumbnailOptionsParser.Parse(name => name switch
        {
            ConfigurationVariables.ThumbnailBucket => "bench",
            ConfigurationVariables.Presets => Presets == "one-256" ? "small:256x256:inside" : ConfigurationVariables.DefaultPresets,
            _ => null,
        });
        _pipeline = StandardCodecs.Pipeline(options.Pipeline);
    }

    /// <summary>Returns the total size of the thumbnails.</summary>
    [Benchmark]
    public int Render()
    {
        using var stream = new MemoryStream(_source, writable: false);
        return _pipeline!.Render(stream, CancellationToken.None) is RenderOutcome.Rendered rendered
            ? rendered.Thumbnails.Sum(t => t.Bytes.Length)
            : throw new InvalidOperationException("The pipeline rejected the benchmark source.");
    }
}
