namespace ThumbnailService.Codecs.Heif.Boxes;

/// <summary>How the primary image is coded: HEVC (HEIC) or AV1 (AVIF); names the one coder the native decoder may use.</summary>
internal enum HeifCompression
{
    Hevc,
    Av1,
}
