using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Processing;

/// <summary>One thumbnail a source should have: where it lives and the fingerprint of the settings that make it.</summary>
public sealed record PlannedOutput(Preset Preset, string Key, string Fingerprint);
