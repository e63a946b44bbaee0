namespace ThumbnailService.Bench.Lambda;

/// <summary>Warm: one process renders source after source (invoke duration). Cold: a new process per source (init + invoke).</summary>
internal enum LambdaMode
{
    Warm,
    Cold,
}
