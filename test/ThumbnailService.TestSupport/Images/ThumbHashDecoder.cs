using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.TestSupport.Images;

/// <summary>
/// The published ThumbHash decoder (Evan Wallace, https://evanw.github.io/thumbhash/, thumbHashToRGBA): a hash becomes an
/// RGBA picture whose longer side is 32 pixels. Tests only: the service writes hashes, apps decode them.
/// </summary>
internal static class ThumbHashDecoder
{
    public static Image<Rgba32> Decode(byte[] hash)
    {
        int header24 = hash[0] | (hash[1] << 8) | (hash[2] << 16);
        int header16 = hash[3] | (hash[4] << 8);
        double lDc = (header24 & 63) / 63.0;
        double pDc = (((header24 >> 6) & 63) / 31.5) - 1;
        double qDc = (((header24 >> 12) & 63) / 31.5) - 1;
        double lScale = ((header24 >> 18) & 31) / 31.0;
        bool hasAlpha = (header24 >> 23) != 0;
        double pScale = ((header16 >> 3) & 63) / 63.0;
        double qScale = ((header16 >> 9) & 63) / 63.0;
        bool landscape = (header16 >> 15) != 0;
        int lx = Math.Max(3, landscape ? (hasAlpha ? 5 : 7) : header16 & 7);
        int ly = Math.Max(3, landscape ? header16 & 7 : (hasAlpha ? 5 : 7));
        double aDc = hasAlpha ? (hash[5] & 15) / 15.0 : 1;
        double aScale = (hash[5] >> 4) / 15.0;

        int acStart = hasAlpha ? 6 : 5;
        int acIndex = 0;
        double[] Channel(int nx, int ny, double scale)
        {
            var ac = new List<double>();
            for (int cy = 0; cy < ny; cy++)
            {
                for (int cx = cy > 0 ? 0 : 1; cx * ny < nx * (ny - cy); cx++, acIndex++)
                {
                    ac.Add((((hash[acStart + (acIndex >> 1)] >> ((acIndex & 1) << 2)) & 15) / 7.5 - 1) * scale);
                }
            }

            return [.. ac];
        }

        double[] lAc = Channel(lx, ly, lScale);
        double[] pAc = Channel(3, 3, pScale * 1.25);
        double[] qAc = Channel(3, 3, qScale * 1.25);
        double[] aAc = hasAlpha ? Channel(5, 5, aScale) : [];

        double ratio = ApproximateAspectRatio(hash);
        int w = (int)Math.Floor((ratio > 1 ? 32 : 32 * ratio) + 0.5);
        int h = (int)Math.Floor((ratio > 1 ? 32 / ratio : 32) + 0.5);
        var image = new Image<Rgba32>(w, h);
        var fx = new double[7];
        var fy = new double[7];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                double l = lDc, p = pDc, q = qDc, a = aDc;
                for (int cx = 0, n = Math.Max(lx, hasAlpha ? 5 : 3); cx < n; cx++)
                {
                    fx[cx] = Math.Cos(Math.PI / w * (x + 0.5) * cx);
                }

                for (int cy = 0, n = Math.Max(ly, hasAlpha ? 5 : 3); cy < n; cy++)
                {
                    fy[cy] = Math.Cos(Math.PI / h * (y + 0.5) * cy);
                }

                for (int cy = 0, j = 0; cy < ly; cy++)
                {
                    for (int cx = cy > 0 ? 0 : 1; cx * ly < lx * (ly - cy); cx++, j++)
                    {
                        l += lAc[j] * fx[cx] * fy[cy] * 2;
                    }
                }

                for (int cy = 0, j = 0; cy < 3; cy++)
                {
                    for (int cx = cy > 0 ? 0 : 1; cx < 3 - cy; cx++, j++)
                    {
                        double f = fx[cx] * fy[cy] * 2;
                        p += pAc[j] * f;
                        q += qAc[j] * f;
                    }
                }

                if (hasAlpha)
                {
                    for (int cy = 0, j = 0; cy < 5; cy++)
                    {
                        for (int cx = cy > 0 ? 0 : 1; cx < 5 - cy; cx++, j++)
                        {
                            a += aAc[j] * fx[cx] * fy[cy] * 2;
                        }
                    }
                }

                double b = l - (2.0 / 3 * p);
                double r = ((3 * l) - b + q) / 2;
                double g = r - q;
                image[x, y] = new Rgba32(Byte(r), Byte(g), Byte(b), Byte(a));
            }
        }

        return image;
    }

    public static bool HasAlpha(byte[] hash) => (hash[2] & 0x80) != 0;

    private static double ApproximateAspectRatio(byte[] hash)
    {
        int header = hash[3];
        bool hasAlpha = (hash[2] & 0x80) != 0;
        bool landscape = (hash[4] & 0x80) != 0;
        int lx = landscape ? (hasAlpha ? 5 : 7) : header & 7;
        int ly = landscape ? header & 7 : (hasAlpha ? 5 : 7);
        return (double)lx / ly;
    }

    private static byte Byte(double value) => (byte)Math.Max(0, 255 * Math.Min(1, value)); // truncates, as the reference's Uint8Array store does
}
