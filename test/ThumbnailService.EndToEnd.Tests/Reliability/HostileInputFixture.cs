using System.Globalization;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.EndToEnd.Tests.Reliability.Corpus;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>The pipeline at 512 MB with a small byte limit (<see cref="HostileCorpus.MaxBytes"/>), so "too many bytes" is cheap to provoke.</summary>
public sealed class HostileInputFixture : ReliabilityFixture
{
    protected override Task<IReadOnlyDictionary<string, string>> PrepareAsync(int s3Port) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["THUMBNAIL_MAX_BYTES"] = HostileCorpus.MaxBytes.ToString(CultureInfo.InvariantCulture),
        });
}
