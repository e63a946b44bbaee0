namespace ThumbnailService.Bench.Warm;

/// <summary>What each tool is asked to make from one image.</summary>
internal enum BenchTask
{
    /// <summary>(a) one 256 px thumbnail, inside fit, JPEG q80.</summary>
    Single,

    /// <summary>(b) the default preset set, chained from one decode where the tool can.</summary>
    Presets,
}
