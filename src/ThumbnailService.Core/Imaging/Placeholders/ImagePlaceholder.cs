namespace ThumbnailService.Core.Imaging.Placeholders;

/// <summary>What an app shows before a thumbnail loads: the source's ThumbHash and its average and dominant colours (RGB 0xRRGGBB).</summary>
public sealed record ImagePlaceholder(byte[] ThumbHash, uint AverageRgb, uint DominantRgb);
