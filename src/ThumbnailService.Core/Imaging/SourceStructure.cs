using ThumbnailService.Core.Imaging.Jpeg;
using ThumbnailService.Core.Imaging.Png;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Cheap structural walks, one per format that needs one, run on the whole source before ImageSharp's Identify: each
/// refuses what would make a decoder's work out of proportion to the file's size (docs/reliability.md, "Work
/// proportional to input"). GIF needs none: ImageSharp reads its first frame only, in time linear in the bytes.
/// </summary>
internal static class SourceStructure
{
    public static RenderOutcome.Rejected? Check(string format, ReadOnlySpan<byte> data) => format switch
    {
        "jpeg" => JpegStructureCheck.Check(data, new JpegScanBudget()),
        "png" => PngStructureCheck.Check(data),
        "webp" => WebpStructureCheck.Check(data),
        "bmp" => BmpStructureCheck.Check(data),
        _ => null,
    };
}
