using System.Buffers.Binary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// The metadata our one structure walk reads (<see cref="JpegSourceDecoder.Examine"/>) against what ImageSharp 2.1's
/// Identify reads from the same bytes, for each rule it has: EXIF continued across APP1 segments, ICC chunks joined
/// and an invalid profile dropped, the first valid JFIF density, else EXIF's resolution and unit.
/// </summary>
public sealed class JpegMetadataSegmentsTests
{
    private static readonly Lazy<byte[]> Photo = new(() =>
    {
        using Image<Rgb24> photo = PhotoLike.Create(96, 64, seed: 3);
        return BaselineJpegWriter.Encode(photo, 85, 2, 2); // SOI, DQT, SOF0, DHT, SOS: no APPn of its own
    });

    private static readonly DecodeContext Context = new(Configuration.Default, new ImagePipelineOptions { Presets = [new("small", 64, 64, FitMode.Inside)] });

    public static TheoryData<string> Layouts => [.. Segments.Keys];

    private static Dictionary<string, (byte Marker, byte[] Payload)[]> Segments => new()
    {
        ["none"] = [],
        ["JFIF 72 dpi"] = [(0xE0, Jfif(1, 72, 72))],
        ["JFIF zero density, EXIF 300 per cm"] = [(0xE0, Jfif(1, 0, 0)), (0xE1, Exif(ExifWithResolution(300, 300, unit: 3)))],
        ["EXIF resolution without unit"] = [(0xE1, Exif(ExifWithResolution(240, 180, unit: null)))],
        ["JFIF invalid then valid"] = [(0xE0, Jfif(1, 0, 50)), (0xE0, Jfif(2, 118, 118))],
        ["two valid JFIF"] = [(0xE0, Jfif(1, 300, 300)), (0xE0, Jfif(2, 50, 60))],
        ["JFIF wins over EXIF"] = [(0xE0, Jfif(2, 40, 40)), (0xE1, Exif(ExifWithResolution(300, 300, unit: 2)))],
        ["EXIF across two APP1"] = Split(ExifBytes.Camera(), 0xE1, [.. "Exif\0\0"u8], [.. "Exif\0\0"u8]),
        ["ICC in one chunk"] = [(0xE2, Icc(IccBytes.Minimal(), 1, 1))],
        ["ICC across two APP2"] = Split(IccBytes.Minimal(), 0xE2, [.. "ICC_PROFILE\0"u8, 1, 2], [.. "ICC_PROFILE\0"u8, 2, 2]),
        ["invalid ICC"] = [(0xE2, Icc([.. Enumerable.Range(0, 200).Select(i => (byte)(i * 7))], 1, 1))],
        ["XMP APP1 and short segments"] = [(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. "<x/>"u8]), (0xE0, [.. "JFIF\0"u8]), (0xE2, [.. "ICC_PRO"u8]), (0xE1, [.. "Exif"u8])],
        ["everything"] = [(0xE0, Jfif(1, 96, 96)), (0xE1, Exif(ExifBytes.Camera())), (0xE2, Icc(IccBytes.Minimal(), 1, 1)), (0xED, [.. "Photoshop 3.0\0"u8])],
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Examine_MetadataSegments_SameMetadataAsImageSharpIdentify(string layout)
    {
        byte[] jpeg = WithSegments(Photo.Value, Segments[layout]);
        using var stream = new MemoryStream(jpeg);
        DecodeContext context = Context;

        SourceExamination ours = new JpegSourceDecoder().Examine(context, jpeg, stream);
        SourceHeader imageSharp = ImageSharpSourceDecoder.Instance.Identify(context, jpeg, stream)!;

        Assert.Null(ours.Refused);
        Assert.IsType<JpegScanList>(ours.Header!.DecoderState); // our walk read it: ImageSharp's Identify was not the fallback
        Assert.Equal((imageSharp.Width, imageSharp.Height), (ours.Header.Width, ours.Header.Height));
        Assert.Equal(Describe(imageSharp.Metadata), Describe(ours.Header.Metadata));
    }

    [Fact]
    public void Examine_ExifAcrossTwoSegments_ReadsOrientationFromTheJoinedProfile()
    {
        byte[] jpeg = WithSegments(Photo.Value, Segments["EXIF across two APP1"]);
        using var stream = new MemoryStream(jpeg);

        SourceHeader header = new JpegSourceDecoder().Examine(Context, jpeg, stream).Header!;

        Assert.Equal((ushort)6, header.Metadata.ExifProfile!.GetValue(ExifTag.Orientation)!.Value);
        Assert.Equal("Camera", header.Metadata.ExifProfile.GetValue(ExifTag.Make)!.Value);
    }

    [Fact]
    public void Identify_SegmentsBeforeTheFirstScan_SameMetadataAsExamine()
    {
        byte[] jpeg = WithSegments(Photo.Value, Segments["everything"]);
        using var stream = new MemoryStream(jpeg);
        DecodeContext context = Context;
        var decoder = new JpegSourceDecoder();

        SourceHeader identified = decoder.Identify(context, jpeg, stream)!;

        Assert.Equal(Describe(decoder.Examine(context, jpeg, stream).Header!.Metadata), Describe(identified.Metadata));
        Assert.Equal(IccBytes.Minimal(), identified.Metadata.IccProfile!.ToByteArray());
    }

    /// <summary>Everything of the metadata the thumbnails depend on, as one comparable string.</summary>
    private static string Describe(ImageMetadata metadata)
    {
        string exif = metadata.ExifProfile is { } profile
            ? string.Join(";", profile.Values.Select(v => $"{v.Tag}={Format(v.GetValue())}").Order(StringComparer.Ordinal))
            : "none";
        string icc = metadata.IccProfile is { } icc1 ? Convert.ToHexString(icc1.ToByteArray()) : "none";
        return $"res {metadata.HorizontalResolution}x{metadata.VerticalResolution} {metadata.ResolutionUnits}; exif {exif}; icc {icc}";
    }

    private static string Format(object? value) => value is Array array ? string.Join(",", array.Cast<object>()) : $"{value}";

    private static byte[] WithSegments(byte[] jpeg, (byte Marker, byte[] Payload)[] segments)
    {
        var bytes = new List<byte>(jpeg.Length + 1024) { 0xFF, 0xD8 };
        foreach ((byte marker, byte[] payload) in segments)
        {
            bytes.AddRange([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload]);
        }

        bytes.AddRange(jpeg.AsSpan(2));
        return [.. bytes];
    }

    private static byte[] Jfif(byte units, short x, short y)
    {
        var payload = new byte[14];
        "JFIF\0"u8.CopyTo(payload);
        (payload[5], payload[6], payload[7]) = (1, 2, units);
        BinaryPrimitives.WriteInt16BigEndian(payload.AsSpan(8), x);
        BinaryPrimitives.WriteInt16BigEndian(payload.AsSpan(10), y);
        return payload; // no thumbnail: 0x0
    }

    private static byte[] Exif(byte[] tiff) => [.. "Exif\0\0"u8, .. tiff];

    private static byte[] Icc(byte[] profile, byte sequence, byte count) => [.. "ICC_PROFILE\0"u8, sequence, count, .. profile];

    private static byte[] ExifWithResolution(uint x, uint y, ushort? unit)
    {
        var profile = new ExifProfile();
        profile.SetValue(ExifTag.XResolution, new Rational(x, 1));
        profile.SetValue(ExifTag.YResolution, new Rational(y, 1));
        if (unit is { } value)
        {
            profile.SetValue(ExifTag.ResolutionUnit, value);
        }

        return profile.ToByteArray()!;
    }

    /// <summary><paramref name="data"/> in two segments, each half after its own prefix (the identifier, and for ICC the chunk's sequence number and count).</summary>
    private static (byte Marker, byte[] Payload)[] Split(byte[] data, byte marker, byte[] firstPrefix, byte[] secondPrefix)
    {
        int half = data.Length / 2;
        return [(marker, [.. firstPrefix, .. data.AsSpan(0, half)]), (marker, [.. secondPrefix, .. data.AsSpan(half)])];
    }
}
