namespace ThumbnailService.Core.Tests.Measurement;

/// <summary>Tests that measure CPU time run alone, after the parallel ones, so cores and caches are theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial (CPU measurements)";
}
