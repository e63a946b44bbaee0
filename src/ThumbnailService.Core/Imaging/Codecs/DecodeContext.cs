using SixLabors.ImageSharp;

namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>What every decode call may use: the pipeline's ImageSharp configuration (bounded allocator, one thread) and options.</summary>
public sealed record DecodeContext(Configuration Configuration, ImagePipelineOptions Options);
