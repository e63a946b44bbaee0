namespace ThumbnailService.Core.Processing.Manifests;

/// <summary>
/// Where a source's manifest lives and the fingerprint it records: one value over every preset's fingerprint and the
/// manifest schema version, so a change of any preset (or of the schema) makes the manifest stale.
/// </summary>
public sealed record PlannedManifest(string Key, string Fingerprint);
