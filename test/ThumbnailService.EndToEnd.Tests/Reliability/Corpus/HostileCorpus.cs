using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.EndToEnd.Tests.Infrastructure;

namespace ThumbnailService.EndToEnd.Tests.Reliability.Corpus;

/// <summary>The hostile input corpus, made in code (seeded, so every run uploads the same bytes).</summary>
internal static class HostileCorpus
{
    /// <summary>THUMBNAIL_MAX_BYTES of the fixture that uploads this corpus.</summary>
    public const int MaxBytes = 200_000;

    private static readonly Lazy<IReadOnlyDictionary<string, HostileSample>> Samples = new(() => Build().ToDictionary(s => s.Name));

    public static TheoryData<string> Names => [.. Samples.Value.Keys];

    public static HostileSample Get(string name) => Samples.Value[name];

    private static IEnumerable<HostileSample> Build()
    {
        var photo = Images.Jpeg(200, 100);
        yield return new("truncated-jpeg", "truncated.jpg", photo[..(photo.Length / 2)], "Rejected", "Corrupt");
        yield return new("random-bytes", "random.jpg", RandomBytes(4096, seed: 5), "Rejected", "NotAnImage");
        yield return new("html-as-png", "page.png", "<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>"u8.ToArray(), "Rejected", "NotAnImage");
        yield return new("zero-bytes", "empty.jpg", [], "Rejected", "Empty");
        yield return new("1x1", "dot.png", Png(1, 1, PngColorType.Rgb, PngBitDepth.Bit8), "Created");
        yield return new("1x60000", "needle.png", Png(1, 60_000, PngColorType.Rgb, PngBitDepth.Bit8), "Created");
        yield return new("png-claims-50000x50000", "bomb.png", CraftedPng.WithHeader(50_000, 50_000), "Rejected", "TooManyPixels");
        yield return new("gif-huge-screen", "screen.gif", GifWithScreen(65_535, 65_535), "Rejected", "TooManyPixels");
        yield return new("gif-300-frames", "animation.gif", AnimatedGif(300), "Created");
        yield return new("jpeg-1000-one-byte-scans", "scans.jpg", ProgressiveScanBomb.Create(2048, 2048, 1000), "Rejected", "Corrupt");
        yield return new("png-ztxt-10-mb", "comment.png", CraftedPng.WithCompressedComment(10 * 1024 * 1024), "Rejected", "TooMuchWork");
        yield return new("cmyk-jpeg", "cmyk.jpg", CmykJpeg.Create(64, 48, cyan: 0, magenta: 255, yellow: 255, black: 0), "Created");
        yield return new("png-16-bit", "deep.png", Png(80, 40, PngColorType.RgbWithAlpha, PngBitDepth.Bit16), "Created");
        yield return new("grey-alpha", "grey-alpha.png", Png(80, 40, PngColorType.GrayscaleWithAlpha, PngBitDepth.Bit8), "Created");
        yield return new("palette-trns", "palette.png", Png(80, 40, PngColorType.Palette, PngBitDepth.Bit8), "Created");
        yield return new("svg", "drawing.png", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"u8.ToArray(), "Rejected", "UnsupportedFormat");
        yield return new("heic", "photo.jpg", IsoMedia("heic", "mif1"), "Rejected", "Corrupt");
        yield return new("avif", "photo.webp", IsoMedia("avif", "mif1"), "Rejected", "Corrupt");
        yield return new("tiff", "scan.jpg", Tiff(), "Rejected", "UnsupportedFormat");
        yield return new("over-byte-limit", "huge.jpg", [0xFF, 0xD8, 0xFF, .. RandomBytes(MaxBytes + 50_000, seed: 7)], "Rejected", "TooManyBytes");
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x42; // no format starts with 0x42 0x42 ('BB'), whatever the seed gives
        bytes[1] = 0x42;
        return bytes;
    }

    private static Image<Rgba32> Gradient(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgba32((byte)(x * 3), (byte)(y * 5), 128, (byte)(x < width / 2 ? 0 : 255));
                }
            }
        });
        return image;
    }

    private static byte[] Png(int width, int height, PngColorType colorType, PngBitDepth bitDepth)
    {
        using var image = Gradient(width, height);
        return Save(image, new PngEncoder { ColorType = colorType, BitDepth = bitDepth, TransparentColorMode = PngTransparentColorMode.Preserve });
    }

    private static byte[] GifWithScreen(ushort width, ushort height)
    {
        using var image = new Image<Rgba32>(1, 1, Images.Red);
        var gif = Save(image, new GifEncoder());
        BitConverter.TryWriteBytes(gif.AsSpan(6, 2), width); // logical screen descriptor, little-endian
        BitConverter.TryWriteBytes(gif.AsSpan(8, 2), height);
        return gif;
    }

    private static byte[] AnimatedGif(int frames)
    {
        using var image = new Image<Rgba32>(64, 64, Images.Red);
        for (var i = 1; i < frames; i++)
        {
            using var frame = new Image<Rgba32>(64, 64, i % 2 == 0 ? Images.Red : Images.Blue);
            image.Frames.AddFrame(frame.Frames.RootFrame);
        }

        return Save(image, new GifEncoder());
    }

    private static byte[] IsoMedia(string majorBrand, string compatible)
    {
        var box = new List<byte> { 0, 0, 0, 24 };
        box.AddRange(Encoding.ASCII.GetBytes("ftyp" + majorBrand));
        box.AddRange(new byte[4]);
        box.AddRange(Encoding.ASCII.GetBytes(compatible + majorBrand));
        box.AddRange(new byte[] { 0, 0, 0, 8, (byte)'m', (byte)'e', (byte)'t', (byte)'a' });
        return [.. box];
    }

    private static byte[] Tiff()
    {
        using var image = Gradient(40, 30);
        return Save(image, new TiffEncoder());
    }

    private static byte[] Save(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }
}
