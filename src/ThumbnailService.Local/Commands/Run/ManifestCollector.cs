using Amazon.S3;

namespace ThumbnailService.Local.Commands.Run;

/// <summary>Downloads each source's manifest (the key its function response named) into the out folder, under its own key.</summary>
internal sealed class ManifestCollector(IAmazonS3 s3, string bucket, OutputFolder output, TextWriter progress)
{
    public async Task<IReadOnlyList<SourceResult>> AttachAsync(IReadOnlyList<SourceResult> sources, CancellationToken cancellationToken)
    {
        var attached = new List<SourceResult>(sources.Count);
        foreach (var source in sources)
        {
            attached.Add(source.Manifest is { } key ? source with { ManifestFile = await DownloadAsync(key, cancellationToken) } : source);
        }

        return attached;
    }

    private async Task<string?> DownloadAsync(string key, CancellationToken cancellationToken)
    {
        using var response = await s3.GetObjectAsync(bucket, key, cancellationToken);
        using var bytes = new MemoryStream();
        await response.ResponseStream.CopyToAsync(bytes, cancellationToken);
        var (file, problem) = await output.WriteAsync(key, bytes.GetBuffer().AsMemory(0, (int)bytes.Length), cancellationToken);
        if (problem is not null)
        {
            await progress.WriteLineAsync($"thumbs run: {problem}");
        }

        return file;
    }
}
