namespace ThumbnailService.Bench.Corpus;

/// <summary>One generated bench image: file name, size, encoding ("jpeg", "png", "webp", "heic" or "avif"), EXIF orientation, alpha.</summary>
internal sealed record CorpusSpec(string FileName, int Width, int Height, string Format, int Orientation = 1, bool Alpha = false)
{
    /// <summary>The default corpus: photo-like JPEGs of 1.8, 6, 12 and 24 MP, the 12 MP one again with EXIF orientation 6, a 4 MP PNG with alpha, a 4 MP WebP, a 12 MP HEIC (a phone photo) and a 12 MP AVIF (both by heif-enc at bench time).</summary>
    public static IReadOnlyList<CorpusSpec> Default { get; } =
    [
        new("jpeg-1.8mp.jpg", 1644, 1096, "jpeg"),
        new("jpeg-6mp.jpg", 3000, 2000, "jpeg"),
        new("jpeg-12mp.jpg", 4000, 3000, "jpeg"),
        new("jpeg-12mp-orient6.jpg", 4000, 3000, "jpeg", Orientation: 6),
        new("jpeg-24mp.jpg", 6000, 4000, "jpeg"),
        new("png-4mp-alpha.png", 2448, 1632, "png", Alpha: true),
        new("webp-4mp.webp", 2448, 1632, "webp"),
        new("heic-12mp.heic", 4000, 3000, "heic"),
        new("avif-12mp.avif", 4000, 3000, "avif"),
    ];

    public double Megapixels => Width * (double)Height / 1_000_000;
}
