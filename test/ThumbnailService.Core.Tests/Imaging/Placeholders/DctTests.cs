using ThumbnailService.Core.Imaging.Placeholders;

namespace ThumbnailService.Core.Tests.Imaging.Placeholders;

public sealed class DctTests
{
    [Theory]
    [InlineData(100, 67, 7, 5)]
    [InlineData(60, 100, 4, 7)]
    [InlineData(80, 80, 5, 5)]
    [InlineData(1, 1, 3, 3)]
    public void Encode_RandomChannel_SameTermsAsTheReferenceFormula(int width, int height, int nx, int ny)
    {
        var random = new Random(width * height);
        double[] channel = [.. Enumerable.Range(0, width * height).Select(_ => random.NextDouble())];

        Dct.Channel ours = Dct.Encode(channel, width, height, nx, ny);

        (double dc, List<double> ac) = Reference(channel, width, height, nx, ny);
        Assert.Equal(dc, ours.Dc, 1e-12);
        double scale = ac.Max(Math.Abs);
        Assert.Equal(scale, ours.Scale, 1e-12);
        Assert.Equal(ac.Count, ours.Ac.Length);
        for (int i = 0; i < ac.Count; i++)
        {
            Assert.Equal(0.5 + (0.5 / scale * ac[i]), ours.Ac[i], 1e-9);
        }
    }

    /// <summary>ThumbHash's encoder as published: every term sums cos(x) * cos(y) * value over every pixel.</summary>
    private static (double Dc, List<double> Ac) Reference(double[] channel, int width, int height, int nx, int ny)
    {
        double dc = 0;
        var ac = new List<double>();
        for (int cy = 0; cy < ny; cy++)
        {
            for (int cx = 0; cx * ny < nx * (ny - cy); cx++)
            {
                double f = 0;
                for (int y = 0; y < height; y++)
                {
                    for (int x = 0; x < width; x++)
                    {
                        f += channel[x + (y * width)] * Math.Cos(Math.PI / width * cx * (x + 0.5)) * Math.Cos(Math.PI / height * cy * (y + 0.5));
                    }
                }

                f /= width * height;
                if (cx > 0 || cy > 0)
                {
                    ac.Add(f);
                }
                else
                {
                    dc = f;
                }
            }
        }

        return (dc, ac);
    }
}
