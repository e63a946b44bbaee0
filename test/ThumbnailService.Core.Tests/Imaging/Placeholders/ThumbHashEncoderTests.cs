using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using ThumbnailService.Core.Imaging.Placeholders;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Core.Tests.Imaging.Placeholders;

public sealed class ThumbHashEncoderTests
{
    /// <summary>Mean absolute difference per channel (0..255) allowed between a smooth image and its decoded ThumbHash at 32 px.</summary>
    private const double Tolerance = 12;

    [Fact]
    public void Encode_SmoothLandscape_DecodesTo32PxPictureWithinTolerance()
    {
        using var source = Gradient(100, 75);

        byte[] hash = Encode(source);

        using var decoded = ThumbHashDecoder.Decode(hash);
        Assert.Equal((32, 23), (decoded.Width, decoded.Height)); // 7 x 5 luminance terms: the hash's aspect ratio is 7:5
        Assert.False(ThumbHashDecoder.HasAlpha(hash));
        Assert.InRange(MeanAbsoluteDifference(source, decoded), 0, Tolerance);
    }

    [Fact]
    public void Encode_SmoothPortrait_KeepsTheAspectAndThePicture()
    {
        using var source = Gradient(60, 100);

        using var decoded = ThumbHashDecoder.Decode(Encode(source));

        Assert.Equal((18, 32), (decoded.Width, decoded.Height)); // 4 x 7 luminance terms: the hash's aspect ratio is 4:7
        Assert.InRange(MeanAbsoluteDifference(source, decoded), 0, Tolerance);
    }

    [Fact]
    public void Encode_TransparentLeftHalf_KeepsAlpha()
    {
        using var source = new Image<Rgba32>(80, 80, new Rgba32(0, 0, 0, 0)).Paint(40, 0, 40, 80, TestImages.Red);

        byte[] hash = Encode(source);

        Assert.True(ThumbHashDecoder.HasAlpha(hash));
        using var decoded = ThumbHashDecoder.Decode(hash);
        Assert.InRange(MeanAlpha(decoded, 0, decoded.Width / 4), 0, 64);
        Assert.InRange(MeanAlpha(decoded, decoded.Width * 3 / 4, decoded.Width), 192, 255);
        var right = decoded[decoded.Width - 4, decoded.Height / 2];
        Assert.True(right.R > 180 && right.G < 80 && right.B < 80, $"the opaque half should stay red, got {right}");
    }

    [Fact]
    public void Encode_LargerThan100_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ThumbHashEncoder.Encode(101, 10, new byte[101 * 10 * 4]));

    [Fact]
    public void Encode_SameImage_SameBytes()
    {
        using var source = Gradient(50, 50);

        Assert.Equal(Encode(source), Encode(source));
    }

    internal static byte[] Encode(Image<Rgba32> image)
    {
        var rgba = new byte[image.Width * image.Height * 4];
        image.CopyPixelDataTo(rgba);
        return ThumbHashEncoder.Encode(image.Width, image.Height, rgba);
    }

    /// <summary>Red rises left to right, blue top to bottom, green is constant: a picture ThumbHash's few terms can carry.</summary>
    private static Image<Rgba32> Gradient(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                image[x, y] = new Rgba32((byte)(40 + (180 * x / (width - 1))), 120, (byte)(220 - (180 * y / (height - 1))), 255);
            }
        }

        return image;
    }

    private static double MeanAbsoluteDifference(Image<Rgba32> source, Image<Rgba32> decoded)
    {
        using var expected = source.Clone(ctx => ctx.Resize(decoded.Width, decoded.Height));
        double total = 0;
        for (int y = 0; y < decoded.Height; y++)
        {
            for (int x = 0; x < decoded.Width; x++)
            {
                Rgba32 a = expected[x, y], b = decoded[x, y];
                total += Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B);
            }
        }

        return total / (3.0 * decoded.Width * decoded.Height);
    }

    private static double MeanAlpha(Image<Rgba32> image, int fromX, int toX)
    {
        double total = 0;
        for (int y = 0; y < image.Height; y++)
        {
            for (int x = fromX; x < toX; x++)
            {
                total += image[x, y].A;
            }
        }

        return total / ((toX - fromX) * image.Height);
    }
}
