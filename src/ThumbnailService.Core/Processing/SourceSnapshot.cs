using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>
/// One look at a source and its planned outputs, taken together: the source's current version (null when it does not
/// exist), each output's HEAD and the manifest's HEAD (null when it is missing or manifests are off).
/// </summary>
internal sealed record SourceSnapshot(SourceVersion? Version, IReadOnlyList<ObjectHead?> Outputs, ObjectHead? Manifest = null);
