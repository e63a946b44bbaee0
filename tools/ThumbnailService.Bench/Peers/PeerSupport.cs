namespace ThumbnailService.Bench.Peers;

/// <summary>
/// Images a peer cannot read by construction, shown as "unsupported" instead of being run and reported as a failure:
/// sharp's prebuilt libvips has no HEVC decoder ("Support for this compression format has not been built in: HEVC"),
/// so it cannot read HEIC; it reads AVIF. vipsthumbnail (Debian's libvips with libheif) is the HEIC peer.
/// </summary>
internal static class PeerSupport
{
    /// <summary>Why <paramref name="tool"/> cannot read <paramref name="image"/>, or null when it can.</summary>
    public static string? Unsupported(string tool, BenchImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return tool == "sharp" && HeifFiles.IsHevc(image.Path)
            ? $"sharp: {image.Name} unsupported (its prebuilt libvips has no HEVC decoder); vips is the peer for HEIC"
            : null;
    }
}
