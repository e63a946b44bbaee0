using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Tests.Png;

/// <summary>Images for the PNG writer tests: bands of noise, gradients and flat colour, so every filter type wins somewhere.</summary>
internal static class PngTestImages
{
    public static Image<Rgba32> Mixed(int width, int height, int seed = 7)
    {
        var random = new Random(seed);
        var image = new Image<Rgba32>(width, height);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                image[x, y] = Pixel(x, y, width, random);
            }
        }

        return image;
    }

    public static PngWriterOutput Encode(Image image, bool hasAlpha)
    {
        using var stream = new MemoryStream();
        ThumbnailService.Codecs.Png.PngWriter.Write(image, hasAlpha, stream);
        return new PngWriterOutput(stream.ToArray());
    }

    public static void AssertPixelsEqual(Image<Rgba32> expected, Image<Rgba32> actual)
    {
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        for (int y = 0; y < expected.Height; y++)
        {
            for (int x = 0; x < expected.Width; x++)
            {
                if (expected[x, y] != actual[x, y])
                {
                    Assert.Fail($"Pixel ({x}, {y}): expected {expected[x, y]}, got {actual[x, y]}");
                }
            }
        }
    }

    // Row bands of 4: noise, horizontal gradient, vertical gradient, flat, diagonal gradient with alpha ramp.
    private static Rgba32 Pixel(int x, int y, int width, Random random) => (y / 4 % 5) switch
    {
        0 => new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)),
        1 => new Rgba32((byte)(x * 255 / Math.Max(1, width - 1)), (byte)(255 - (x % 256)), 90, 255),
        2 => new Rgba32((byte)(y * 3), (byte)(y * 7), (byte)(y * 11), (byte)(200 + (y % 50))),
        3 => new Rgba32(30, 144, 255, 128),
        _ => new Rgba32((byte)(x + y), (byte)((x * 2) + y), (byte)(x ^ y), (byte)(255 - x - y)),
    };
}

internal sealed class PngWriterOutput(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    public List<PngChunk> Chunks => PngChunks.Read(Bytes);

    public Image<Rgba32> Decode() => Image.Load<Rgba32>(Bytes);
}
