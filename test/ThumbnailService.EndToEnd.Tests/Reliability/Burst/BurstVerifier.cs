using Amazon.S3.Model;
using ThumbnailService.EndToEnd.Tests.Infrastructure;

namespace ThumbnailService.EndToEnd.Tests.Reliability.Burst;

/// <summary>
/// The final state check: under the prefix the thumbnail bucket holds exactly large/ and small/ of each surviving source,
/// each recording the source's current ETag, decodable, and sized for that version (large: longer side 96, same aspect; small: 24x24);
/// and exactly one manifest per surviving source under meta/, recording the same ETag.
/// </summary>
internal static class BurstVerifier
{
    public static async Task<List<string>> ProblemsAsync(BurstFixture fixture, string prefix, IReadOnlyDictionary<string, BurstVersion?> sources)
    {
        var problems = new List<string>();
        var expected = sources.Where(s => s.Value is not null).SelectMany(s => new[] { "large/" + s.Key, "small/" + s.Key }).ToHashSet();
        var actual = (await ListAsync(fixture, "large/" + prefix)).Concat(await ListAsync(fixture, "small/" + prefix)).ToHashSet();
        problems.AddRange(actual.Except(expected).Select(k => "unexpected " + k));
        problems.AddRange(expected.Except(actual).Select(k => "missing " + k));
        var expectedManifests = sources.Where(s => s.Value is not null).Select(s => $"meta/{s.Key}.json").ToHashSet();
        var manifests = (await ListAsync(fixture, "meta/" + prefix)).ToHashSet();
        problems.AddRange(manifests.Except(expectedManifests).Select(k => "unexpected " + k));
        problems.AddRange(expectedManifests.Except(manifests).Select(k => "missing " + k));
        foreach (var (key, version) in sources.Where(s => s.Value is not null))
        {
            var source = await fixture.S3.GetObjectMetadataAsync(BurstFixture.SourceBucket, key);
            if (source.ETag.Trim('"') != version!.ETag)
            {
                problems.Add($"source {key} is not the version the test uploaded last");
            }

            foreach (var preset in new[] { "large", "small" }.Where(p => actual.Contains($"{p}/{key}")))
            {
                problems.AddRange(await CheckAsync(fixture, preset, key, version));
            }

            if (manifests.Contains($"meta/{key}.json")
                && (await fixture.S3.GetObjectMetadataAsync(BurstFixture.ThumbnailBucket, $"meta/{key}.json")).Metadata["x-amz-meta-source-etag"] != version.ETag)
            {
                problems.Add($"meta/{key}.json records another version than the source's");
            }
        }

        return problems;
    }

    private static async Task<IEnumerable<string>> CheckAsync(BurstFixture fixture, string preset, string key, BurstVersion version)
    {
        var head = await fixture.S3.GetObjectMetadataAsync(BurstFixture.ThumbnailBucket, $"{preset}/{key}");
        if (head.Metadata["x-amz-meta-source-etag"] != version.ETag)
        {
            return [$"{preset}/{key} records {head.Metadata["x-amz-meta-source-etag"]}, source is {version.ETag}"];
        }

        using var image = Images.Decode((await fixture.S3.GetBytesAsync(BurstFixture.ThumbnailBucket, $"{preset}/{key}"))!);
        var (width, height) = (image.Width, image.Height);
        var ok = preset == "small"
            ? (width, height) == (24, 24)
            : Math.Max(width, height) == 96 && Math.Abs(((double)width / height) - ((double)version.Width / version.Height)) < 0.05;
        return ok ? [] : [$"{preset}/{key} is {width}x{height} for a {version.Width}x{version.Height} source"];
    }

    private static async Task<List<string>> ListAsync(BurstFixture fixture, string prefix)
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = BurstFixture.ThumbnailBucket, Prefix = prefix };
        ListObjectsV2Response response;
        do
        {
            response = await fixture.S3.ListObjectsV2Async(request);
            keys.AddRange((response.S3Objects ?? []).Select(o => o.Key));
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);

        return keys;
    }
}
