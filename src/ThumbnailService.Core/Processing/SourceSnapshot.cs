using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>One look at a source and its planned outputs, taken together: the source's current version (null when it does not exist) and each output's HEAD.</summary>
internal sealed record SourceSnapshot(SourceVersion? Version, IReadOnlyList<ObjectHead?> Outputs);
