using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Imaging;

/// <summary>One encoded thumbnail, ready to store.</summary>
public sealed record RenderedThumbnail(Preset Preset, ReadOnlyMemory<byte> Bytes, int Width, int Height, string ContentType);
