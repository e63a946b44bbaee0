using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.TestSupport.Images;

/// <summary>Builds test images in code: quadrant patterns, EXIF-rotated sources, encoded bytes.</summary>
internal static class TestImages
{
    public static readonly Rgba32 Red = new(255, 0, 0);
    public static readonly Rgba32 Green = new(0, 255, 0);
    public static readonly Rgba32 Blue = new(0, 0, 255);
    public static readonly Rgba32 Yellow = new(255, 255, 0);

    /// <summary>An image whose quadrants are red (top-left), green (top-right), blue (bottom-left), yellow (bottom-right).</summary>
    public static Image<Rgba32> Quadrants(int width, int height) => Oriented(width, height, 1);

    /// <summary>
    /// Stored pixels plus an EXIF orientation such that the image, displayed upright, is
    /// <see cref="Quadrants"/> of <paramref name="uprightWidth"/> x <paramref name="uprightHeight"/>.
    /// The mapping follows the EXIF specification, independently of ImageSharp's AutoOrient.
    /// </summary>
    public static Image<Rgba32> Oriented(int uprightWidth, int uprightHeight, int orientation)
    {
        bool transposed = orientation >= 5;
        int sw = transposed ? uprightHeight : uprightWidth;
        int sh = transposed ? uprightWidth : uprightHeight;
        var image = new Image<Rgba32>(sw, sh);
        for (int y = 0; y < sh; y++)
        {
            for (int x = 0; x < sw; x++)
            {
                (int ux, int uy) = Upright(x, y, sw, sh, orientation);
                image[x, y] = QuadrantColour(ux, uy, uprightWidth, uprightHeight);
            }
        }

        if (orientation != 1)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)orientation);
        }

        return image;
    }

    public static Image<Rgba32> Filled(int width, int height, Rgba32 colour)
    {
        var image = new Image<Rgba32>(width, height);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                image[x, y] = colour;
            }
        }

        return image;
    }

    /// <summary>Paints the rectangle [x, x + width) x [y, y + height) of <paramref name="image"/> with one colour.</summary>
    public static Image<Rgba32> Paint(this Image<Rgba32> image, int x, int y, int width, int height, Rgba32 colour)
    {
        for (int row = y; row < y + height; row++)
        {
            for (int column = x; column < x + width; column++)
            {
                image[column, row] = colour;
            }
        }

        return image;
    }

    public static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    public static Image<Rgba32> Decode(ReadOnlyMemory<byte> bytes) => Image.Load<Rgba32>(bytes.ToArray());

    private static (int X, int Y) Upright(int x, int y, int sw, int sh, int orientation) => orientation switch
    {
        2 => (sw - 1 - x, y),
        3 => (sw - 1 - x, sh - 1 - y),
        4 => (x, sh - 1 - y),
        5 => (y, x),
        6 => (sh - 1 - y, x),
        7 => (sh - 1 - y, sw - 1 - x),
        8 => (y, sw - 1 - x),
        _ => (x, y),
    };

    private static Rgba32 QuadrantColour(int x, int y, int width, int height)
    {
        bool left = x < width / 2;
        bool top = y < height / 2;
        return (left, top) switch
        {
            (true, true) => Red,
            (false, true) => Green,
            (true, false) => Blue,
            _ => Yellow,
        };
    }
}
