namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>What <see cref="ISourceDecoder.Examine"/> found: why the source is refused, or its header (null: unreadable or no pixels).</summary>
public sealed record SourceExamination(RenderOutcome.Rejected? Refused, SourceHeader? Header);
