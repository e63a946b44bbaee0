namespace ThumbnailService.Codecs.Heif.Boxes;

/// <summary>
/// What the boxes say about the primary item: its stored size (ispe, before irot/imir), its rotation in
/// counter-clockwise quarter turns (irot), whether it is mirrored (imir), and how it is coded.
/// </summary>
internal sealed record HeifHeader(int Width, int Height, int QuarterTurns, bool Mirrored, HeifCompression Compression)
{
    /// <summary>Whether the displayed image is the stored one turned on its side (irot 90 or 270).</summary>
    public bool Transposed => QuarterTurns % 2 == 1;
}
