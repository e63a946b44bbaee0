using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>Test images made in code.</summary>
internal static class Images
{
    public static readonly Rgba32 Red = new(255, 0, 0);
    public static readonly Rgba32 Blue = new(0, 0, 255);

    /// <summary>Stored pixels: left half red, right half blue; an EXIF orientation may be attached.</summary>
    public static byte[] Jpeg(int width, int height, ushort orientation = 1, bool gps = false)
    {
        using var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = x < width / 2 ? Red : Blue;
                }
            }
        });
        if (orientation != 1 || gps)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, orientation);
            if (gps)
            {
                image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
                image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitude, [new Rational(48, 1), new Rational(51, 1), new Rational(24, 1)]);
            }
        }

        return Encode(image, new JpegEncoder { Quality = 92 });
    }

    /// <summary>A PNG whose left half is transparent and right half opaque blue.</summary>
    public static byte[] HalfTransparentPng(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = x < width / 2 ? new Rgba32(0, 0, 0, 0) : Blue;
                }
            }
        });
        return Encode(image, new PngEncoder());
    }

    public static Image<Rgba32> Decode(byte[] bytes) => Image.Load<Rgba32>(bytes);

    private static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }
}
