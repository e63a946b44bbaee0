using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Codecs.Png;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Png;

public sealed class PngStructureCheckTests
{
    [Fact]
    public void Check_EncoderOutputWithCompressedTextAndExif_Accepts()
    {
        using var image = new Image<Rgba32>(40, 30);
        image.Metadata.ExifProfile = new SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifProfile(ExifBytes.Camera());
        PngMetadata png = image.Metadata.GetPngMetadata();
        png.TextData.Add(new PngTextData("Comment", new string('x', 5000), "en", "Kommentar"));
        png.TextData.Add(new PngTextData("Title", "short", string.Empty, string.Empty));

        byte[] bytes = TestImages.Encode(image, new PngEncoder { TextCompressionThreshold = 100 });

        Assert.Null(PngStructureCheck.Check(bytes));
    }

    [Fact]
    public void Check_LegacyExifText_Accepts()
    {
        Assert.Null(Check(("zTXt", Compressed("Raw profile type exif", ExifBytes.LegacyPngText(ExifBytes.Camera())))));
    }

    [Theory]
    [InlineData(PngTextChunks.MinBudget, null)] // a small file may always hold this much
    [InlineData(PngTextChunks.MinBudget + 1, RejectionReason.TooMuchWork)]
    public void Check_CompressedTextOfSmallFile_BoundedByTheMinimumBudget(int inflated, RejectionReason? expected)
    {
        Assert.Equal(expected, Check(("zTXt", Compressed("Comment", new string('a', inflated))))?.Reason);
    }

    [Fact]
    public void Check_CompressedTextOfLargerFile_MayInflateSixteenTimesItsSize()
    {
        byte[] noise = new byte[40_000];
        new Random(3).NextBytes(noise);
        byte[] text = Compressed("Comment", new string('a', 16 * 40_000));

        Assert.Null(Check(("zTXt", text), ("prVt", noise)));
        Assert.Equal(RejectionReason.TooMuchWork, Check(("zTXt", text), ("prVt", noise[..30_000]))?.Reason);
    }

    [Fact]
    public void Check_CompressedTextPastTheMaximumBudget_RejectsWhateverTheFileSize()
    {
        byte[] noise = new byte[200_000];
        byte[] text = Compressed("Comment", new string('a', PngTextChunks.MaxBudget + 1));

        Assert.Equal(RejectionReason.TooMuchWork, Check(("zTXt", text), ("prVt", noise))?.Reason);
    }

    [Fact]
    public void Check_ManyCompressedTextsTogetherPastTheBudget_RejectsTooMuchWork()
    {
        byte[] chunk = Compressed("Comment", new string('a', PngTextChunks.MinBudget / 10));

        Assert.Null(Check([.. Enumerable.Repeat(("zTXt", chunk), 10)]));
        Assert.Equal(RejectionReason.TooMuchWork, Check([.. Enumerable.Repeat(("zTXt", chunk), 11)])?.Reason);
    }

    [Fact]
    public void Check_BombBehindALengthImageSharpSkips_StillFindsIt()
    {
        // A length past the end: ImageSharp reads the next four bytes as a length, and so finds the zTXt behind it.
        byte[] bomb = Compressed("Comment", new string('a', 2 * PngTextChunks.MaxBudget));
        byte[] png = PngBytes.Image(8, 8, [("zTXt", bomb)]);
        int ztxt = png.AsSpan().IndexOf("zTXt"u8) - 4;
        byte[] hidden = [.. png[..ztxt], 0x7F, 0xFF, 0xFF, 0xFF, .. png[ztxt..]];

        Assert.Equal(RejectionReason.TooMuchWork, PngStructureCheck.Check(hidden)?.Reason);
    }

    [Theory]
    [InlineData("zTXt", "Comment\0\0\u0078\u009c\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf")] // invalid deflate: a stored block whose length check fails
    [InlineData("zTXt", "Comment\0")] // no compression method byte
    [InlineData("iTXt", "Comment\0\u0001\0en\0")] // no end to the translated keyword
    [InlineData("tEXt", "Raw profile type exif\0ab")] // shorter than "exif"
    [InlineData("tEXt", "Raw profile type exif\0\nexif\nlots\n4578696600")] // the length is not a number
    [InlineData("tEXt", "Raw profile type exif\0\nexif\n2000000000\n457869660000")] // 2 GB declared, 6 bytes held
    public void Check_TextImageSharpWouldThrowOnOrOverAllocate_RejectsCorrupt(string type, string latin1)
    {
        Assert.Equal(RejectionReason.Corrupt, Check((type, Encoding.Latin1.GetBytes(latin1)))?.Reason);
    }

    [Fact]
    public void Check_ExifChunkOfTooManyEntries_RejectsTooMuchWork()
    {
        Assert.Equal(RejectionReason.TooMuchWork, Check(("eXIf", ExifBytes.Entries(ExifEntryBudget.MaxEntries + 1)))?.Reason);
    }

    [Fact]
    public void Check_ExifSplitBetweenChunkAndLegacyText_CountedTogether()
    {
        byte[] half = ExifBytes.Entries(600);
        byte[] legacy = Encoding.Latin1.GetBytes("Raw profile type exif\0" + ExifBytes.LegacyPngText(half));

        Assert.Equal(RejectionReason.TooMuchWork, Check(("eXIf", half), ("tEXt", legacy))?.Reason);
    }

    [Theory]
    [InlineData(1, RejectionReason.UnsupportedFormat)]
    [InlineData(2, null)]
    public void Check_FirstImageDataChunkLength_RefusedOnlyBelowTheZlibHeader(int length, RejectionReason? expected)
    {
        Assert.Equal(expected, PngStructureCheck.Check(PngBytes.Image(40, 40, [], idatLength: length))?.Reason);
    }

    private static RenderOutcome.Rejected? Check(params (string Type, byte[] Data)[] chunks) => PngStructureCheck.Check(PngBytes.Image(8, 8, chunks));

    private static byte[] Compressed(string keyword, string text) => [.. Encoding.Latin1.GetBytes(keyword + "\0\0"), .. PngBytes.Zlib(Encoding.Latin1.GetBytes(text))];
}
