namespace ThumbnailService.Core.Imaging.Placeholders;

/// <summary>
/// ThumbHash's colour space: luminance L, yellow-blue P, red-green Q and alpha A per pixel, each pixel composited over
/// the image's alpha-weighted average colour (so transparent pixels carry no colour of their own).
/// </summary>
internal sealed record ThumbHashChannels(double[] L, double[] P, double[] Q, double[] A)
{
    public static (ThumbHashChannels Channels, bool HasAlpha) From(int width, int height, ReadOnlySpan<byte> rgba)
    {
        int count = width * height;
        double avgR = 0, avgG = 0, avgB = 0, avgA = 0;
        for (int j = 0; j < count * 4; j += 4)
        {
            double alpha = rgba[j + 3] / 255.0;
            avgR += alpha / 255 * rgba[j];
            avgG += alpha / 255 * rgba[j + 1];
            avgB += alpha / 255 * rgba[j + 2];
            avgA += alpha;
        }

        if (avgA > 0)
        {
            avgR /= avgA;
            avgG /= avgA;
            avgB /= avgA;
        }

        var channels = new ThumbHashChannels(new double[count], new double[count], new double[count], new double[count]);
        for (int i = 0, j = 0; i < count; i++, j += 4)
        {
            double alpha = rgba[j + 3] / 255.0;
            double r = (avgR * (1 - alpha)) + (alpha / 255 * rgba[j]);
            double g = (avgG * (1 - alpha)) + (alpha / 255 * rgba[j + 1]);
            double b = (avgB * (1 - alpha)) + (alpha / 255 * rgba[j + 2]);
            channels.L[i] = (r + g + b) / 3;
            channels.P[i] = ((r + g) / 2) - b;
            channels.Q[i] = r - g;
            channels.A[i] = alpha;
        }

        return (channels, avgA < count);
    }
}
