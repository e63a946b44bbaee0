using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ThumbnailService.Bench.Samples;

/// <summary>
/// Shared brushwork of the sample photos: the bench's <see cref="Corpus.PhotoPainter"/> painted small and enlarged as a
/// smooth colour texture (so the pictures look photographed rather than flat, yet compress well), colour mixing, and a
/// fine deterministic grain.
/// </summary>
internal static class Scene
{
    /// <summary>PhotoPainter's gradients at 1/8 of the size, enlarged to <paramref name="width"/> x <paramref name="height"/>.</summary>
    public static Image<Rgba32> Texture(int width, int height)
    {
        var texture = Corpus.PhotoPainter.Paint(Math.Max(1, width / 8), Math.Max(1, height / 8), alpha: false);
        texture.Mutate(x => x.Resize(width, height, KnownResamplers.Bicubic));
        return texture;
    }

    /// <summary>
    /// A picture over <see cref="Texture"/>: each pixel is <paramref name="scene"/> at (x / width, y / height), mixed with the
    /// texture by <paramref name="textureWeight"/>, plus a grain of +-3 seeded by <paramref name="grainSeed"/>.
    /// </summary>
    public static Image<Rgba32> PaintOverTexture(int width, int height, uint grainSeed, double textureWeight, Func<double, double, Rgba32> scene)
    {
        var image = Texture(width, height);
        uint grain = grainSeed;
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < width; x++)
                {
                    row[x] = Grain(Mix(scene(x / (double)width, y / (double)height), row[x], textureWeight), ref grain, 3);
                }
            }
        });
        return image;
    }

    /// <summary><paramref name="a"/> blended towards <paramref name="b"/> by <paramref name="t"/> (0..1).</summary>
    public static Rgba32 Mix(Rgba32 a, Rgba32 b, double t)
    {
        t = Math.Clamp(t, 0, 1);
        return new Rgba32(Lerp(a.R, b.R, t), Lerp(a.G, b.G, t), Lerp(a.B, b.B, t), Lerp(a.A, b.A, t));
    }

    /// <summary>The colour with a grain of -amplitude..amplitude added to each channel (xorshift; same picture every run).</summary>
    public static Rgba32 Grain(Rgba32 colour, ref uint state, int amplitude)
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        int noise = (int)(state % (uint)((2 * amplitude) + 1)) - amplitude;
        return new Rgba32(Clamp(colour.R + noise), Clamp(colour.G + noise), Clamp(colour.B + noise), colour.A);
    }

    /// <summary>0 inside the edge, 1 outside, a soft ramp of <paramref name="softness"/> pixels across it.</summary>
    public static double Edge(double distance, double softness) => Math.Clamp((distance / softness) + 0.5, 0, 1);

    private static byte Lerp(byte a, byte b, double t) => (byte)Math.Round(a + ((b - a) * t));

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
