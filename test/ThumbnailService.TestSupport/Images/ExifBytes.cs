using System.Buffers.Binary;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace ThumbnailService.TestSupport.Images;

/// <summary>EXIF blocks: ImageSharp's own (as cameras write them) and crafted TIFF structures with many entries.</summary>
internal static class ExifBytes
{
    /// <summary>A camera-like profile, serialised by ImageSharp: IFD0, an Exif IFD and a GPS IFD.</summary>
    public static byte[] Camera()
    {
        var profile = new ExifProfile();
        profile.SetValue(ExifTag.Orientation, (ushort)6);
        profile.SetValue(ExifTag.Make, "Camera");
        profile.SetValue(ExifTag.Model, "Model 1");
        profile.SetValue(ExifTag.ExposureTime, new SixLabors.ImageSharp.Rational(1, 125));
        profile.SetValue(ExifTag.ISOSpeedRatings, [(ushort)100]);
        profile.SetValue(ExifTag.GPSLatitudeRef, "N");
        return profile.ToByteArray()!;
    }

    /// <summary>A big-endian TIFF whose IFD0 holds <paramref name="entries"/> SHORT entries of distinct private tags.</summary>
    public static byte[] Entries(int entries)
    {
        var tiff = new byte[8 + 2 + (12 * entries) + 4];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), (ushort)entries);
        for (int i = 0; i < entries; i++)
        {
            Span<byte> entry = tiff.AsSpan(10 + (12 * i), 12);
            BinaryPrimitives.WriteUInt16BigEndian(entry, (ushort)(0x8000 + i));
            BinaryPrimitives.WriteUInt16BigEndian(entry[2..], 3); // SHORT
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], 1);
            BinaryPrimitives.WriteUInt16BigEndian(entry[8..], 1);
        }

        return tiff;
    }

    /// <summary><paramref name="exif"/> as ImageMagick wrote it into PNG text before eXIf: "exif", its length, hex lines.</summary>
    public static string LegacyPngText(byte[] exif, int? declaredLength = null)
    {
        byte[] blob = [.. "Exif\0\0"u8, .. exif];
        string hex = Convert.ToHexString(blob).ToLowerInvariant();
        var lines = Enumerable.Range(0, (hex.Length + 71) / 72).Select(i => hex.Substring(i * 72, Math.Min(72, hex.Length - (i * 72))));
        return $"\nexif\n{declaredLength ?? blob.Length,8}\n{string.Join('\n', lines)}\n";
    }
}
