namespace ThumbnailService.Local.Moto;

/// <summary>An IAM role to create in moto: its name and its inline policies (policy name to JSON document).</summary>
internal sealed record MotoRole(string Name, IReadOnlyDictionary<string, string> Policies);
