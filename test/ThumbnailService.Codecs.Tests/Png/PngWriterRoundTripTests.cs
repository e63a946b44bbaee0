using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Tests.Png;

public sealed class PngWriterRoundTripTests
{
    public static TheoryData<int, int> Sizes => new()
    {
        { 1, 1 }, { 1, 9 }, { 7, 1 }, { 7, 23 }, { 33, 2 }, { 33, 41 }, { 1021, 3 }, { 1024, 67 }, { 8, 8 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Write_Rgba32WithAlpha_DecodesToIdenticalPixels(int width, int height)
    {
        using Image<Rgba32> source = PngTestImages.Mixed(width, height);

        using Image<Rgba32> decoded = PngTestImages.Encode(source, hasAlpha: true).Decode();

        PngTestImages.AssertPixelsEqual(source, decoded);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Write_Rgb24Opaque_DecodesToIdenticalPixels(int width, int height)
    {
        using Image<Rgba32> mixed = PngTestImages.Mixed(width, height);
        using Image<Rgb24> source = mixed.CloneAs<Rgb24>();
        using Image<Rgba32> expected = source.CloneAs<Rgba32>();

        using Image<Rgba32> decoded = PngTestImages.Encode(source, hasAlpha: false).Decode();

        PngTestImages.AssertPixelsEqual(expected, decoded);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(33, 17)]
    public void Write_Rgba32WithoutAlpha_DropsAlphaKeepsColour(int width, int height)
    {
        using Image<Rgba32> source = PngTestImages.Mixed(width, height);
        using Image<Rgba32> expected = source.Clone();
        expected.ProcessPixelRows(rows => SetAlpha(rows, 255));

        using Image<Rgba32> decoded = PngTestImages.Encode(source, hasAlpha: false).Decode();

        PngTestImages.AssertPixelsEqual(expected, decoded);
    }

    [Fact]
    public void Write_Rgb24WithAlpha_WritesOpaqueAlpha()
    {
        using Image<Rgba32> mixed = PngTestImages.Mixed(19, 11);
        using Image<Rgb24> source = mixed.CloneAs<Rgb24>();
        using Image<Rgba32> expected = source.CloneAs<Rgba32>();

        PngWriterOutput output = PngTestImages.Encode(source, hasAlpha: true);

        Assert.Equal(6, output.Chunks[0].Data[9]);
        using Image<Rgba32> decoded = output.Decode();
        PngTestImages.AssertPixelsEqual(expected, decoded);
    }

    [Fact]
    public void Write_OtherPixelType_ConvertsToRgba()
    {
        using Image<Rgba32> mixed = PngTestImages.Mixed(45, 20);
        using Image<Bgra32> source = mixed.CloneAs<Bgra32>();

        using Image<Rgba32> decoded = PngTestImages.Encode(source, hasAlpha: true).Decode();

        PngTestImages.AssertPixelsEqual(mixed, decoded);
    }

    private static void SetAlpha(PixelAccessor<Rgba32> rows, byte alpha)
    {
        for (int y = 0; y < rows.Height; y++)
        {
            foreach (ref Rgba32 pixel in rows.GetRowSpan(y))
            {
                pixel.A = alpha;
            }
        }
    }
}
