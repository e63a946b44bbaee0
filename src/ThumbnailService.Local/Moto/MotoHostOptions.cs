namespace ThumbnailService.Local.Moto;

/// <summary>How to start moto. Every property has a usable default.</summary>
internal sealed record MotoHostOptions
{
    /// <summary>The Python that has moto (5.2.1 with its server extras); null = <c>$THUMBS_PYTHON</c>, else <c>python</c>.</summary>
    public string? Python { get; init; }

    /// <summary>TCP port on 127.0.0.1; 0 = any free port.</summary>
    public int Port { get; init; }

    /// <summary>Receives moto's stderr lines (its request log and errors); null = discard (the request log is kept anyway).</summary>
    public Action<string>? Log { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
