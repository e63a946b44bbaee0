using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using ThumbnailService.Codecs.Heif.Tests.Support;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests;

/// <summary>
/// imir, and irot with imir, in files the test writes around heif-enc's coded quadrant image: the thumbnail is the stored
/// image transformed as HEIF says (in ipma order: rotate anti-clockwise, then mirror; imir's mode as amended, which
/// iPhones write), checked on every quadrant of our thumbnail and of libheif's own decode (heif-convert).
/// </summary>
public sealed class HeifTransformTests
{
    public static TheoryData<string, int?, int?> Transforms => new()
    {
        { "imir 0 (top-bottom)", null, 0 },
        { "imir 1 (left-right)", null, 1 },
        { "irot 1 then imir 0", 1, 0 },
        { "irot 3 then imir 1", 3, 1 },
    };

    [RequiresTheory("heif-enc", "heif-convert")]
    [MemberData(nameof(Transforms))]
    public void Render_TransformedHeic_ThumbnailIsStoredImageTransformed(string name, int? quarterTurns, int? mirrorMode)
    {
        using Image<Rgba32> stored = HeifSamples.Quadrants();
        byte[] file = Transformed(Libheif.Encode(stored, avif: false, quality: 90), quarterTurns, mirrorMode);
        using Image<Rgba32> expected = stored.Clone(c => Apply(c, quarterTurns, mirrorMode));

        RenderOutcome.Rendered rendered = HeifPipelines.Create(presets: Pipelines.Large).RenderOk(file);

        using Image<Rgba32> thumbnail = Image.Load<Rgba32>(Assert.Single(rendered.Thumbnails).Bytes.Span);
        Assert.Equal((expected.Width, expected.Height), (rendered.Source.Width, rendered.Source.Height));
        Assert.Equal((expected.Width, expected.Height), (thumbnail.Width, thumbnail.Height));
        AssertSameQuadrants(expected, thumbnail, name);
        using Image<Rgba32> libheif = Libheif.Decode(file);
        AssertSameQuadrants(expected, libheif, name + " (heif-convert agrees)");
    }

    private static byte[] Transformed(byte[] heic, int? quarterTurns, int? mirrorMode)
    {
        CodedImage image = HeifParts.Primary(heic);
        List<byte[]> transforms = [];
        if (quarterTurns is { } turns)
        {
            transforms.Add(HeifProperties.Irot(turns));
        }

        if (mirrorMode is { } mode)
        {
            transforms.Add(HeifProperties.Imir(mode));
        }

        return new HeifFileBuilder("heic", "mif1", "heic").Add(HeifItem.Coded(1, image, more: [.. transforms])).Build();
    }

    /// <summary>irot turns anti-clockwise (ImageSharp's Rotate is clockwise); imir mode 0 swaps top and bottom, 1 left and right.</summary>
    private static void Apply(IImageProcessingContext context, int? quarterTurns, int? mirrorMode)
    {
        if (quarterTurns is { } turns)
        {
            context.Rotate((4 - turns) % 4 * 90);
        }

        if (mirrorMode is { } mode)
        {
            context.Flip(mode == 0 ? FlipMode.Vertical : FlipMode.Horizontal);
        }
    }

    private static void AssertSameQuadrants(Image<Rgba32> expected, Image<Rgba32> actual, string what)
    {
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        foreach ((float fx, float fy) in new[] { (0.25f, 0.25f), (0.75f, 0.25f), (0.25f, 0.75f), (0.75f, 0.75f) })
        {
            int x = (int)(expected.Width * fx), y = (int)(expected.Height * fy);
            Rgba32 e = expected[x, y], a = actual[x, y];
            Assert.True(Math.Abs(e.R - a.R) <= 40 && Math.Abs(e.G - a.G) <= 40 && Math.Abs(e.B - a.B) <= 40, $"{what}: at ({x},{y}) expected about {e}, got {a}");
        }
    }
}
