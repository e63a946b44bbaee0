using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.Codecs.Png;

namespace ThumbnailService.TestSupport.Images;

/// <summary>
/// The decompression bombs of issue 12 and its follow-up survey (docs/reliability.md), one per way a small file bought
/// disproportionate work or a fault, plus the worst files the bounds still admit. Built once, in code.
/// </summary>
internal static class HostileFiles
{
    private static readonly Lazy<IReadOnlyList<HostileFile>> Files = new(Build);

    public static IReadOnlyList<HostileFile> All => Files.Value;

    public static TheoryData<string> Names => [.. Files.Value.Select(f => f.Name)];

    public static HostileFile Get(string name) => Files.Value.Single(f => f.Name == name);

    private static List<HostileFile> Build() =>
    [
        new("jpeg: 1000 one-byte DC scans over 4 MP", HostileJpegs.EmptyDcScans(2048, 2048, 1000), RejectionReason.Corrupt),
        new("jpeg: one-byte baseline scan over 49 MP", HostileJpegs.EmptyBaselineScan(7000, 7000), RejectionReason.Corrupt),
        new("jpeg: 101 minimal scans over 16 MP", HostileJpegs.MinimalAcScans(4096, 4096, JpegScanBudget.MaxScans), RejectionReason.TooMuchWork),
        new("jpeg: EXIF of 5000 entries", JpegWithApp1([.. "Exif\0\0"u8, .. ExifBytes.Entries(5000)]), RejectionReason.TooMuchWork),
        new("png: zTXt inflating to 10 MB", PngBytes.Image(64, 64, [("zTXt", CompressedText(10 * 1024 * 1024))]), RejectionReason.TooMuchWork),
        new("png: two eXIf of 15000 entries", PngBytes.Image(8, 8, [("eXIf", ExifBytes.Entries(15_000)), ("eXIf", ExifBytes.Entries(15_000))]), RejectionReason.TooMuchWork),
        new("png: legacy EXIF declaring 2 GB", PngBytes.Image(8, 8, [("tEXt", Encoding.Latin1.GetBytes("Raw profile type exif\0\nexif\n2000000000\n457869660000\n"))]), RejectionReason.Corrupt),
        new("png: zTXt of invalid deflate", PngBytes.Image(8, 8, [("zTXt", [.. "Comment\0\0"u8, 0x78, 0x9C, .. Enumerable.Range(200, 56).Select(b => (byte)b)])]), RejectionReason.Corrupt),
        new("png: first IDAT of one byte", PngBytes.Image(64, 64, [], idatLength: 1), RejectionReason.UnsupportedFormat),
        new("webp: EXIF of 30000 entries", WebpBytes.WithExif(ExifBytes.Entries(30_000)), RejectionReason.TooMuchWork),
        new("bmp: 70 bytes declaring 49 MP", ShortBmp(7000, 7000), RejectionReason.Corrupt),
        new("admitted jpeg: 100 minimal scans over 16 MP", HostileJpegs.MinimalAcScans(4096, 4096, JpegScanBudget.MaxScans - 1), null, HostileJpegs.MinimalAcScans(4096, 4096, 0)),
        new("admitted png: zTXt inflating to the text budget", PngBytes.Image(64, 64, [("zTXt", CompressedText(PngTextChunks.MinBudget - 64))]), null),
        new("admitted gif: 40,000 comments before the image", GifWithComments(40_000), null),
    ];

    private static byte[] JpegWithApp1(byte[] payload)
    {
        using Image<Rgb24> photo = PhotoLike.Create(160, 120, seed: 11);
        byte[] jpeg = TestImages.Encode(photo, new JpegEncoder { Quality = 85 });
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload, .. jpeg.AsSpan(2)];
    }

    private static byte[] CompressedText(int inflatedLength) => [.. "Comment\0\0"u8, .. PngBytes.Zlib(new byte[inflatedLength])];

    private static byte[] ShortBmp(int width, int height)
    {
        using var image = new Image<Rgb24>(4, 4);
        byte[] bmp = TestImages.Encode(image, new BmpEncoder { BitsPerPixel = BmpBitsPerPixel.Pixel24 })[..70];
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), height);
        return bmp;
    }

    /// <summary>A 64 x 64 GIF with <paramref name="comments"/> one-byte comment extensions before its image.</summary>
    private static byte[] GifWithComments(int comments)
    {
        using var image = new Image<Rgba32>(64, 64, new Rgba32(255, 0, 0));
        byte[] gif = TestImages.Encode(image, new GifEncoder());
        int globalTable = (gif[10] & 0x80) != 0 ? 3 << ((gif[10] & 7) + 1) : 0;
        int blocks = 13 + globalTable;
        byte[] comment = [0x21, 0xFE, 1, (byte)'x', 0];
        return [.. gif.AsSpan(0, blocks), .. Enumerable.Repeat(comment, comments).SelectMany(c => c), .. gif.AsSpan(blocks)];
    }
}
