using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests.Support;

/// <summary>The HEIC and AVIF files the tests share, painted here and encoded once per test run by heif-enc.</summary>
internal static class HeifSamples
{
    private static readonly Lazy<byte[]> HeicPhoto = new(() => Encode(avif: false));
    private static readonly Lazy<byte[]> AvifPhoto = new(() => Encode(avif: true));

    /// <summary>A 640x480 photo-like HEIC (quality 60).</summary>
    public static byte[] Heic => HeicPhoto.Value;

    /// <summary>The same photo as AVIF (quality 60).</summary>
    public static byte[] Avif => AvifPhoto.Value;

    /// <summary>A 320x200 image with quadrants: red, green (top), blue, yellow (bottom); opaque.</summary>
    public static Image<Rgba32> Quadrants() => TestImages.Quadrants(320, 200);

    /// <summary>A 200x120 image whose left half is opaque red and right half fully transparent.</summary>
    public static Image<Rgba32> HalfTransparent()
    {
        var image = new Image<Rgba32>(200, 120);
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                Span<Rgba32> row = rows.GetRowSpan(y);
                for (int x = 0; x < row.Length; x++)
                {
                    row[x] = x < row.Length / 2 ? new Rgba32(255, 0, 0, 255) : new Rgba32(0, 0, 255, 0);
                }
            }
        });
        return image;
    }

    private static byte[] Encode(bool avif)
    {
        using Image<Rgb24> photo = PhotoLike.Create(640, 480, seed: 14);
        return Libheif.Encode(photo, avif);
    }
}
