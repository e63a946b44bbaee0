using ThumbnailService.Local.Commands;

namespace ThumbnailService.Bench.Corpus;

/// <summary>The images a bench runs on: the generated default corpus (unless <c>--no-corpus</c>) and those of <c>--images DIR</c>.</summary>
internal static class BenchImageSource
{
    public static async Task<IReadOnlyList<BenchImage>> ListAsync(BenchArguments parsed, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(progress);
        var images = new List<BenchImage>();
        if (!parsed.NoCorpus)
        {
            await progress.WriteLineAsync($"bench: corpus in {CorpusGenerator.DefaultFolder} (generated once)");
            images.AddRange(await CorpusGenerator.EnsureAsync(CorpusGenerator.DefaultFolder, CorpusSpec.Default, cancellationToken));
        }

        if (parsed.ImagesFolder is { } folder)
        {
            images.AddRange(ImageFolder.List(folder));
        }

        return images.Count > 0 ? images : throw new UsageException($"no images in '{parsed.ImagesFolder}'");
    }
}
