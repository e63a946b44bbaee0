using System.Text.Json;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>Upload-and-wait and the functions' JSON summary lines of a <see cref="ReliabilityFixture"/>.</summary>
internal static class ReliabilityFixtureExtensions
{
    public static Task<RoutedInvocation> UploadAndWaitAsync(this ReliabilityFixture fixture, string key, byte[] body) =>
        fixture.S3.UploadAndWaitAsync(fixture.Pipeline.Journal, fixture.Pipeline.Options.SourceBucket, key, body);

    /// <summary>The last JSON log line of the function with this <c>key</c> field and an <c>outcome</c> (the summary line).</summary>
    public static JsonElement? LastSummary(this ReliabilityFixture fixture, string key)
    {
        foreach (var line in fixture.FunctionLog.Lines.Reverse())
        {
            if (!line.StartsWith('{') || !line.Contains("\"outcome\"", StringComparison.Ordinal))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("key", out var found) && found.GetString() == key)
            {
                return document.RootElement.Clone();
            }
        }

        return null;
    }
}
