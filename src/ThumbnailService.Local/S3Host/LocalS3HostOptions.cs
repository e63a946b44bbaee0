namespace ThumbnailService.Local.S3Host;

/// <summary>What the local S3 host creates and reports. Every property has a usable default.</summary>
internal sealed record LocalS3HostOptions
{
    /// <summary>Buckets created at start.</summary>
    public IReadOnlyList<string> Buckets { get; init; } = [];

    /// <summary>Buckets whose changes are published on <see cref="LocalS3Host.Events"/> (also created at start). No other bucket emits events.</summary>
    public IReadOnlyList<string> NotifyBuckets { get; init; } = [];

    /// <summary>Where objects are kept and left after exit; null = a fresh temporary folder removed on exit.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The folder holding main.js and package.json; null = <see cref="RepositoryLayout.S3HostDirectory"/>.</summary>
    public string? HostDirectory { get; init; }

    /// <summary>TCP port on 127.0.0.1; 0 = any free port.</summary>
    public int Port { get; init; }

    /// <summary>Whether s3rver logs every request to stderr (forwarded to <see cref="Log"/>).</summary>
    public bool LogRequests { get; init; } = true;

    /// <summary>Receives the host's stderr lines (and npm's output); null = discard.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>How long to wait for the host to report READY once node is started.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
