using ThumbnailService.Core.Imaging;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Webp;

public sealed class WebpStructureCheckTests
{
    [Fact]
    public void Check_EncoderOutputWithExif_Accepts()
    {
        Assert.Null(WebpStructureCheck.Check(WebpBytes.WithExif(ExifBytes.Camera())));
    }

    [Fact]
    public void Check_ExifChunkOfTooManyEntries_RejectsTooMuchWork()
    {
        Assert.Equal(RejectionReason.TooMuchWork, WebpStructureCheck.Check(WebpBytes.WithExif(ExifBytes.Entries(ExifEntryBudget.MaxEntries + 1)))?.Reason);
    }

    [Fact]
    public void Check_ChunkSizePastTheEnd_StopsWithoutReadingPastIt()
    {
        byte[] webp = WebpBytes.WithExif(ExifBytes.Camera());

        Assert.Null(WebpStructureCheck.Check([.. webp, .. "EXIF"u8, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2]));
    }
}
