namespace ThumbnailService.EndToEnd.Tests.Infrastructure.Moto;

/// <summary>
/// The stack with a versioned source bucket. moto sends no event for a delete without a version id and none for most
/// version deletes (docs/s3-implementations.md), so the tests deliver the events S3 would send themselves.
/// </summary>
public sealed class VersionedMotoStackFixture : MotoStackFixture
{
    protected override IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string>(base.Parameters) { ["NamePrefix"] = "motover" };

    protected override bool VersionedSourceBucket => true;

    protected override bool RouteSourceEvents => false;
}
