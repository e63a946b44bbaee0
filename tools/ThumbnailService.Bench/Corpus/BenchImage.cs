namespace ThumbnailService.Bench.Corpus;

/// <summary>One source image of the bench. Images with alpha get PNG thumbnails in the preset task, the others JPEG.</summary>
internal sealed record BenchImage(string Name, string Path, bool HasAlpha);
