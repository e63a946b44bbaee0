namespace ThumbnailService.Core.Processing;

/// <summary>Names of the timed stages of one source (<see cref="ProcessingMetrics.StageMilliseconds"/>), in the order they run.</summary>
public static class Stages
{
    public const string Check = "check";
    public const string Download = "download";
    public const string Render = "render";
    public const string Upload = "upload";
}
