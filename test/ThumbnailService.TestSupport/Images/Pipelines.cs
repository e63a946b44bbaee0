using ThumbnailService.Codecs;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.TestSupport.Images;

/// <summary>Pipelines and render helpers shared by the pipeline tests.</summary>
internal static class Pipelines
{
    public static readonly Preset Large = new("large", 1024, 1024, FitMode.Inside);
    public static readonly Preset Medium = new("medium", 512, 512, FitMode.Inside);
    public static readonly Preset Square = new("square", 128, 128, FitMode.Cover);

    public static ImagePipeline Create(params Preset[] presets) => Create(OutputFormatPolicy.Auto, presets);

    public static ImagePipeline Create(OutputFormatPolicy format, params Preset[] presets) =>
        StandardCodecs.Pipeline(new ImagePipelineOptions { Presets = presets.Length > 0 ? presets : [Large, Medium, Square], Format = format });

    public static RenderOutcome Render(this ImagePipeline pipeline, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return pipeline.Render(stream, CancellationToken.None);
    }

    public static RenderOutcome.Rendered RenderOk(this ImagePipeline pipeline, byte[] bytes) =>
        Assert.IsType<RenderOutcome.Rendered>(pipeline.Render(bytes));

    public static RenderOutcome.Rejected RenderRejected(this ImagePipeline pipeline, byte[] bytes) =>
        Assert.IsType<RenderOutcome.Rejected>(pipeline.Render(bytes));
}
