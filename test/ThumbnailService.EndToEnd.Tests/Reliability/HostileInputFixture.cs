using System.Globalization;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.EndToEnd.Tests.Reliability.Corpus;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>The pipeline at 512 MB with a small byte limit (<see cref="HostileCorpus.MaxBytes"/>), so "too many bytes" is cheap to provoke.</summary>
public sealed class HostileInputFixture : ReliabilityFixture
{
    /// <summary>The functions' secret key: distinctive, so a log that leaks it is found (the local S3 does not check signatures).</summary>
    public const string SecretKey = "reliability-secret-7Qx9vZk2";

    protected override Task<IReadOnlyDictionary<string, string>> PrepareAsync(int s3Port) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["THUMBNAIL_MAX_BYTES"] = HostileCorpus.MaxBytes.ToString(CultureInfo.InvariantCulture),
            ["AWS_SECRET_ACCESS_KEY"] = SecretKey,
        });
}
