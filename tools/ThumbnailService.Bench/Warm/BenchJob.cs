namespace ThumbnailService.Bench.Warm;

/// <summary>One unit of work handed to a tool: make <see cref="PresetText"/> from the image into <see cref="OutputDirectory"/>.</summary>
internal sealed record BenchJob(BenchImage Image, BenchTask Task, string OutputDirectory)
{
    public string PresetText => BenchPresets.For(Task);

    public IReadOnlyList<BenchPreset> Presets => BenchPreset.ParseList(PresetText);

    /// <summary>".png" for the preset task of an image with alpha, otherwise ".jpg" (alpha flattened onto white).</summary>
    public string Extension => Task == BenchTask.Presets && Image.HasAlpha ? ".png" : ".jpg";

    public string OutputPath(BenchPreset preset) => System.IO.Path.Combine(OutputDirectory, preset.Name + Extension);
}
