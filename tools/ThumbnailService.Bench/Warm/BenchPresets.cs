using ThumbnailService.Core.Options;

namespace ThumbnailService.Bench.Warm;

/// <summary>The preset text (<c>name:WxH:fit,...</c>) of each task, as THUMBNAIL_PRESETS takes it.</summary>
internal static class BenchPresets
{
    public const string Single = "thumb:256x256:inside";

    public const int Quality = 80;

    public static string For(BenchTask task) => task == BenchTask.Single ? Single : ConfigurationVariables.DefaultPresets;

    public static string Label(BenchTask task) => task == BenchTask.Single ? "256px" : "presets";
}
