using System.Globalization;
using Amazon.S3;
using Amazon.S3.Model;

namespace ThumbnailService.Local.Commands.Run;

/// <summary>
/// Lists the thumbnail bucket, downloads every <c>{preset}/{source key}</c> object of the given sources, reads its size
/// and content type from the GET and its dimensions from <c>x-amz-meta-width/height</c>, and writes it to the out folder.
/// </summary>
internal sealed class ThumbnailCollector(IAmazonS3 s3, string bucket, OutputFolder output, TextWriter progress)
{
    public async Task<IReadOnlyList<SourceResult>> AttachAsync(IReadOnlyList<SourceResult> sources, CancellationToken cancellationToken)
    {
        var byKey = sources.ToDictionary(s => s.Key, _ => new List<ThumbnailOutput>(), StringComparer.Ordinal);
        var manifests = sources.Select(s => s.Manifest).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var key in (await ListAsync(cancellationToken)).Where(key => !manifests.Contains(key)))
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && byKey.TryGetValue(key[(slash + 1)..], out var outputs))
            {
                outputs.Add(await DownloadAsync(key, key[..slash], cancellationToken));
            }
        }

        return sources
            .Select(s => s with { Outputs = [.. byKey[s.Key].OrderByDescending(o => o.Width ?? 0).ThenBy(o => o.Preset, StringComparer.Ordinal)] })
            .ToList();
    }

    private async Task<List<string>> ListAsync(CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = bucket };
        ListObjectsV2Response response;
        do
        {
            response = await s3.ListObjectsV2Async(request, cancellationToken);
            keys.AddRange((response.S3Objects ?? []).Select(o => o.Key));
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);

        return keys;
    }

    private async Task<ThumbnailOutput> DownloadAsync(string key, string preset, CancellationToken cancellationToken)
    {
        using var response = await s3.GetObjectAsync(bucket, key, cancellationToken);
        using var bytes = new MemoryStream();
        await response.ResponseStream.CopyToAsync(bytes, cancellationToken);
        var (file, problem) = await output.WriteAsync(key, bytes.GetBuffer().AsMemory(0, (int)bytes.Length), cancellationToken);
        if (problem is not null)
        {
            await progress.WriteLineAsync($"thumbs run: {problem}");
        }

        return new ThumbnailOutput(
            key,
            preset,
            Dimension(response, "x-amz-meta-width"),
            Dimension(response, "x-amz-meta-height"),
            response.Headers.ContentType ?? "application/octet-stream",
            bytes.Length,
            file,
            problem);
    }

    private static int? Dimension(GetObjectResponse response, string name) =>
        int.TryParse(response.Metadata[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
