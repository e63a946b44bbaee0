namespace ThumbnailService.Core.Presets;

/// <summary>One thumbnail to make: a name (used in the output key), a box and a fit mode.</summary>
public sealed record Preset(string Name, int Width, int Height, FitMode Fit)
{
    /// <summary>Text form used in configuration and in the preset fingerprint: <c>name:WxH:fit</c>.</summary>
    public override string ToString() => $"{Name}:{Width}x{Height}:{Fit.ToString().ToLowerInvariant()}";
}
