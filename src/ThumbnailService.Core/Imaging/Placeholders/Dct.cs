namespace ThumbnailService.Core.Imaging.Placeholders;

/// <summary>ThumbHash's DCT of one channel: the constant (DC) term and the varying (AC) terms normalised to 0..1 by their largest magnitude.</summary>
internal static class Dct
{
    public readonly record struct Channel(double Dc, double[] Ac, double Scale);

    /// <summary>Terms (cx, cy) with cx * ny &lt; nx * (ny - cy): a triangle of low frequencies, as the reference keeps.</summary>
    public static Channel Encode(double[] channel, int width, int height, int nx, int ny)
    {
        double dc = 0, scale = 0;
        var ac = new List<double>();
        var fx = new double[width];
        for (int cy = 0; cy < ny; cy++)
        {
            for (int cx = 0; cx * ny < nx * (ny - cy); cx++)
            {
                for (int x = 0; x < width; x++)
                {
                    fx[x] = Math.Cos(Math.PI / width * cx * (x + 0.5));
                }

                double f = 0;
                for (int y = 0; y < height; y++)
                {
                    double fy = Math.Cos(Math.PI / height * cy * (y + 0.5));
                    for (int x = 0; x < width; x++)
                    {
                        f += channel[x + (y * width)] * fx[x] * fy;
                    }
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
