namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>Reads the S3 host's `REQUEST METHOD /bucket/key STATUS` lines.</summary>
internal static class S3RequestLog
{
    public static IReadOnlyList<string> Since(this PipelineFixture fixture, int mark) =>
        fixture.S3Requests.Skip(mark).Where(l => l.StartsWith("REQUEST ", StringComparison.Ordinal)).Select(l => l["REQUEST ".Length..]).ToList();

    public static int Mark(this PipelineFixture fixture) => fixture.S3Requests.Count;
}
