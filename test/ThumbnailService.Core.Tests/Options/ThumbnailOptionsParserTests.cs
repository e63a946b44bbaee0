using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Tests.Options;

public sealed class ThumbnailOptionsParserTests
{
    [Fact]
    public void Parse_OnlyBucket_UsesDefaults()
    {
        var options = ThumbnailOptionsParser.Parse(Env(("THUMBNAIL_BUCKET", "thumbs")));

        Assert.Equal("thumbs", options.ThumbnailBucket);
        Assert.Equal(
            [new Preset("large", 1024, 1024, FitMode.Inside), new Preset("medium", 512, 512, FitMode.Inside), new Preset("small", 256, 256, FitMode.Cover)],
            options.Pipeline.Presets);
        Assert.Equal(OutputFormatPolicy.Auto, options.Pipeline.Format);
        Assert.Equal(80, options.Pipeline.Quality);
        Assert.Equal(ThumbnailOptions.DefaultMaxSourceBytes, options.MaxSourceBytes);
        Assert.False(options.Pipeline.AllowTiff);
        Assert.True(options.Pipeline.AllowHeif);
        Assert.Empty(options.SourceBuckets);
    }

    [Fact]
    public void Parse_SourceBuckets_AreTrimmedAndDeduplicated()
    {
        var options = ThumbnailOptionsParser.Parse(Env(("THUMBNAIL_BUCKET", "t"), ("THUMBNAIL_SOURCE_BUCKETS", " uploads-1 ,archive.example,uploads-1,")));

        Assert.Equal(["uploads-1", "archive.example"], options.SourceBuckets);
    }

    [Theory]
    [InlineData("Uploads")]
    [InlineData("uploads/photos")]
    [InlineData("ab")]
    public void Parse_SourceBucketThatIsNoBucketName_NamesTheSetting(string value)
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() =>
            ThumbnailOptionsParser.Parse(Env(("THUMBNAIL_BUCKET", "t"), ("THUMBNAIL_SOURCE_BUCKETS", value))));

        Assert.Contains(exception.Problems, problem => problem.StartsWith($"THUMBNAIL_SOURCE_BUCKETS names '{value}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EverySetting_IsRead()
    {
        var options = ThumbnailOptionsParser.Parse(Env(
            ("THUMBNAIL_BUCKET", "t"),
            ("THUMBNAIL_PRESETS", "hero:1600x900:cover, icon:64"),
            ("THUMBNAIL_FORMAT", "webp"),
            ("THUMBNAIL_QUALITY", "70"),
            ("THUMBNAIL_BACKGROUND", "#102030"),
            ("THUMBNAIL_CACHE_CONTROL", "max-age=60"),
            ("THUMBNAIL_MAX_BYTES", "1000"),
            ("THUMBNAIL_MAX_PIXELS", "2000"),
            ("THUMBNAIL_ALLOW_TIFF", "true"),
            ("THUMBNAIL_HEIF", "false"),
            ("THUMBNAIL_KEY_PREFIX", "thumbs/")));

        Assert.Equal([new Preset("hero", 1600, 900, FitMode.Cover), new Preset("icon", 64, 64, FitMode.Inside)], options.Pipeline.Presets);
        Assert.Equal(OutputFormatPolicy.WebP, options.Pipeline.Format);
        Assert.Equal(70, options.Pipeline.Quality);
        Assert.Equal(0x102030u, options.Pipeline.BackgroundRgb);
        Assert.Equal("max-age=60", options.CacheControl);
        Assert.Equal(1000, options.MaxSourceBytes);
        Assert.Equal(2000, options.Pipeline.MaxSourcePixels);
        Assert.True(options.Pipeline.AllowTiff);
        Assert.False(options.Pipeline.AllowHeif);
        Assert.Equal("thumbs/", options.KeyPrefix);
    }

    [Fact]
    public void Parse_ManyProblems_ReportsAllInOneException()
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() => ThumbnailOptionsParser.Parse(Env(
            ("THUMBNAIL_PRESETS", "ok:10,bad:0x5,dup:5,dup:6"),
            ("THUMBNAIL_FORMAT", "gif"),
            ("THUMBNAIL_QUALITY", "101"),
            ("THUMBNAIL_BACKGROUND", "white"),
            ("THUMBNAIL_ALLOW_TIFF", "maybe"),
            ("THUMBNAIL_HEIF", "yes"))));

        Assert.Equal(8, exception.Problems.Count);
        Assert.Contains(exception.Problems, p => p.StartsWith("THUMBNAIL_HEIF is 'yes'", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.StartsWith("THUMBNAIL_BUCKET is required", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Contains("'bad:0x5'", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Contains("'dup' is used more than once", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.StartsWith("THUMBNAIL_FORMAT is 'gif'", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.StartsWith("THUMBNAIL_QUALITY is '101'", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.StartsWith("THUMBNAIL_BACKGROUND is 'white'", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.StartsWith("THUMBNAIL_ALLOW_TIFF is 'maybe'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("small:256:sideways")]
    [InlineData("small")]
    [InlineData("sm all:256")]
    [InlineData("small:99999")]
    [InlineData("../x:10")]
    public void Parse_BadPreset_NamesIt(string presets)
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() =>
            ThumbnailOptionsParser.Parse(Env(("THUMBNAIL_BUCKET", "t"), ("THUMBNAIL_PRESETS", presets))));

        Assert.Contains(presets, Assert.Single(exception.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoManifestPrefix_DefaultsToMeta() =>
        Assert.Equal("meta/", ThumbnailOptionsParser.Parse(Env(("THUMBNAIL_BUCKET", "t"))).ManifestPrefix);

    [Fact]
    public void Parse_EmptyManifestPrefix_TurnsManifestsOff() =>
        Assert.Equal("", ThumbnailOptionsParser.Parse(Env(("THUMBNAIL_BUCKET", "t"), ("THUMBNAIL_MANIFEST_PREFIX", ""))).ManifestPrefix);

    [Theory]
    [InlineData("small/", "preset 'small'")]
    [InlineData("small/meta/", "preset 'small'")]
    [InlineData("s", "ending with '/'")]
    [InlineData("/meta/", "not starting with '/'")]
    public void Parse_ManifestPrefixOverlappingPresetOrNoFolder_NamesTheSetting(string prefix, string expected)
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() => ThumbnailOptionsParser.Parse(Env(
            ("THUMBNAIL_BUCKET", "t"), ("THUMBNAIL_PRESETS", "large:1024,small:256:cover"), ("THUMBNAIL_MANIFEST_PREFIX", prefix))));

        var problem = Assert.Single(exception.Problems);
        Assert.Contains("THUMBNAIL_MANIFEST_PREFIX", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
