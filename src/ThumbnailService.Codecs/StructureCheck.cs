using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Codecs;

/// <summary>A walk over a whole source that refuses it (non-null) when decoding would cost far more than its size justifies.</summary>
public delegate RenderOutcome.Rejected? StructureCheck(ReadOnlySpan<byte> data);
