using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Png;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Png;

public sealed class PngRowFilterTests
{
    private const int Bpp = 4;
    private const int RowBytes = 64 * Bpp;

    [Fact]
    public void Apply_SmallValuesAlternatingPerPixelOverNoise_ChoosesNone()
    {
        byte[] prior = Noise(1);
        byte[] raw = Row(x => (byte)(x / Bpp % 2 * 2)); // pixels alternate 0 and 2: raw sums to n, Sub to 2n

        Assert.Equal(PngFilterType.None, Choose(raw, prior));
    }

    [Fact]
    public void Apply_FlatRowUnderNoise_ChoosesSub()
    {
        Assert.Equal(PngFilterType.Sub, Choose(Row(_ => 100), Noise(2)));
    }

    [Fact]
    public void Apply_RowEqualToPrior_ChoosesUp()
    {
        byte[] prior = Noise(3);

        Assert.Equal(PngFilterType.Up, Choose((byte[])prior.Clone(), prior)); // Paeth is also all zero: the tie goes to Up
    }

    [Fact]
    public void Apply_RowThatIsTheMeanOfLeftAndAbove_ChoosesAverage()
    {
        byte[] prior = Noise(4);
        var raw = new byte[RowBytes];
        for (int x = 0; x < raw.Length; x++)
        {
            raw[x] = (byte)(((x >= Bpp ? raw[x - Bpp] : 0) + prior[x]) / 2);
        }

        Assert.Equal(PngFilterType.Average, Choose(raw, prior));
    }

    [Fact]
    public void Apply_RowThatIsThePaethPrediction_ChoosesPaeth()
    {
        byte[] prior = Noise(5);
        byte[] raw = Noise(6);
        for (int x = Bpp; x < raw.Length; x++)
        {
            raw[x] = PngFilterKernels.PaethPredictor(raw[x - Bpp], prior[x], prior[x - Bpp]);
        }

        Assert.Equal(PngFilterType.Paeth, Choose(raw, prior));
    }

    [Fact]
    public void Apply_AnyRow_ReturnsTypeByteAndThatFiltersOutput()
    {
        byte[] prior = Noise(7), raw = Noise(8);
        var filter = new PngRowFilter(RowBytes, Bpp);

        byte[] result = filter.Apply(raw, prior).ToArray();

        Assert.Equal(RowBytes + 1, result.Length);
        Assert.Equal(PngFilterKernelsTests.Reference((PngFilterType)result[0], raw, prior, Bpp), result[1..]);
    }

    [Fact]
    public void Apply_PhotoAndMixedImages_UsesEveryFilterType()
    {
        using Image<Rgb24> photo = PhotoLike.Create(300, 200);
        using Image<Rgba32> mixed = PngTestImages.Mixed(300, 200);
        var seen = new HashSet<PngFilterType>();

        CollectTypes(new PngRowSource<Rgb24>(photo, hasAlpha: false), seen);
        CollectTypes(new PngRowSource<Rgba32>(mixed, hasAlpha: true), seen);

        Assert.Equal(Enum.GetValues<PngFilterType>().Order(), seen.Order());
    }

    private static void CollectTypes<TPixel>(PngRowSource<TPixel> rows, HashSet<PngFilterType> seen)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var filter = new PngRowFilter(rows.RowBytes, rows.BytesPerPixel);
        ReadOnlySpan<byte> prior = filter.ZeroRow.Span;
        for (int y = 0; y < rows.Height; y++)
        {
            ReadOnlySpan<byte> raw = rows.Row(y);
            seen.Add((PngFilterType)filter.Apply(raw, prior)[0]);
            prior = raw;
        }
    }

    private static PngFilterType Choose(byte[] raw, byte[] prior) => (PngFilterType)new PngRowFilter(RowBytes, Bpp).Apply(raw, prior)[0];

    private static byte[] Row(Func<int, byte> value) => Enumerable.Range(0, RowBytes).Select(value).ToArray();

    private static byte[] Noise(int seed)
    {
        var bytes = new byte[RowBytes];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
