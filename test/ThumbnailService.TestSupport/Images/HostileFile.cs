using ThumbnailService.Core.Imaging;

namespace ThumbnailService.TestSupport.Images;

/// <summary>
/// One crafted source and how the pipeline must end it: <paramref name="Expected"/> is the rejection reason, or null
/// for a file every bound admits (the most work a file of its kind can still buy), which must render. Its cost is
/// compared with a photo of about its size, or, when it buys its work with pixels rather than structure, with
/// <paramref name="SamePixels"/>: a legitimate file of the same pixels.
/// </summary>
internal sealed record HostileFile(string Name, byte[] Bytes, RejectionReason? Expected, byte[]? SamePixels = null)
{
    public override string ToString() => Name;
}
