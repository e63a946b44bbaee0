namespace ThumbnailService.Core.Imaging.Placeholders;

/// <summary>ThumbHash's DCT of one channel: the constant (DC) term and the varying (AC) terms normalised to 0..1 by their largest magnitude.</summary>
internal static class Dct
{
    public readonly record struct Channel(double Dc, double[] Ac, double Scale);

    /// <summary>
    /// Terms (cx, cy) with cx * ny &lt; nx * (ny - cy): a triangle of low frequencies, as the reference keeps. Computed
    /// separably: each row's sum against every horizontal frequency first, then one short sum down the rows per term
    /// (about nx * width * height multiplications instead of terms * width * height: a third of the reference's work).
    /// </summary>
    public static Channel Encode(double[] channel, int width, int height, int nx, int ny)
    {
        var rows = new double[nx * height]; // rows[cx * height + y] = sum over x of channel(x, y) * cos(pi / width * cx * (x + 0.5))
        var fx = new double[width];
        for (int cx = 0; cx < nx; cx++)
        {
            for (int x = 0; x < width; x++)
            {
                fx[x] = Math.Cos(Math.PI / width * cx * (x + 0.5));
            }

            for (int y = 0; y < height; y++)
            {
                double sum = 0;
                ReadOnlySpan<double> row = channel.AsSpan(y * width, width);
                for (int x = 0; x < width; x++)
                {
                    sum += row[x] * fx[x];
                }

                rows[(cx * height) + y] = sum;
            }
        }

        double dc = 0, scale = 0;
        var ac = new List<double>();
        var fy = new double[height];
        for (int cy = 0; cy < ny; cy++)
        {
            for (int y = 0; y < height; y++)
            {
                fy[y] = Math.Cos(Math.PI / height * cy * (y + 0.5));
            }

            for (int cx = 0; cx * ny < nx * (ny - cy); cx++)
            {
                double f = 0;
                for (int y = 0; y < height; y++)
                {
                    f += rows[(cx * height) + y] * fy[y];
                }

                f /= width * height;
                if (cx > 0 || cy > 0)
                {
                    ac.Add(f);
                    scale = Math.Max(scale, Math.Abs(f));
                }
                else
                {
                    dc = f;
                }
            }
        }

        if (scale > 0)
        {
            for (int i = 0; i < ac.Count; i++)
            {
                ac[i] = 0.5 + (0.5 / scale * ac[i]);
            }
        }

        return new Channel(dc, [.. ac], scale);
    }
}
