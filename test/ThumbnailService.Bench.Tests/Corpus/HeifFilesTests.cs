namespace ThumbnailService.Bench.Tests.Corpus;

public sealed class HeifFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("thumbs-heif-files-").FullName;

    [RequiresTheory("heif-enc")]
    [InlineData("photo.heic", "heic", true)]
    [InlineData("photo.avif", "avif", false)]
    public async Task IsHevc_HeifEncFile_TrueOnlyForHeic(string fileName, string format, bool hevc)
    {
        var image = Assert.Single(await CorpusGenerator.EnsureAsync(_folder, [new CorpusSpec(fileName, 64, 48, format)], CancellationToken.None));

        Assert.True(HeifFiles.IsHeif(image.Path));
        Assert.Equal(hevc, HeifFiles.IsHevc(image.Path));
        Assert.False(HeifFiles.HasAlpha(image.Path));
    }

    [RequiresFact("heif-enc")]
    public async Task ImageFolder_HeicAvifAndJpeg_ListsAllWithAlphaFromHeifHeader()
    {
        await CorpusGenerator.EnsureAsync(_folder, [new CorpusSpec("a.heic", 64, 48, "heic"), new CorpusSpec("b.jpg", 64, 48, "jpeg")], CancellationToken.None);
        await CorpusGenerator.EnsureAsync(_folder, [new CorpusSpec("c.avif", 64, 48, "avif", Alpha: true)], CancellationToken.None);
        File.Copy(Path.Combine(_folder, "c.avif"), Path.Combine(_folder, "d.AVIF"));

        var images = ImageFolder.List(_folder);

        Assert.Equal(["a.heic", "b.jpg", "c.avif", "d.AVIF"], images.Select(i => i.Name));
        Assert.Equal([false, false, true, true], images.Select(i => i.HasAlpha));
    }

    [Fact]
    public void Unsupported_SharpOnHeicOnly_ExplainsWhy()
    {
        string heic = Path.Combine(_folder, "x.heic"), avif = Path.Combine(_folder, "y.avif");
        File.WriteAllBytes(heic, [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8]);
        File.WriteAllBytes(avif, [0, 0, 0, 24, .. "ftypavif"u8, 0, 0, 0, 0, .. "mif1avif"u8]);

        Assert.Contains("no HEVC decoder", PeerSupport.Unsupported("sharp", new BenchImage("x", heic, false)), StringComparison.Ordinal);
        Assert.Null(PeerSupport.Unsupported("sharp", new BenchImage("y", avif, false)));
        Assert.Null(PeerSupport.Unsupported("vips", new BenchImage("x", heic, false)));
        Assert.Null(PeerSupport.Unsupported("ours", new BenchImage("x", heic, false)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
