using SixLabors.ImageSharp;

namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>Writes finished thumbnails of one <see cref="OutputKind"/>; kinds without one use ImageSharp's encoders.</summary>
public interface IThumbnailEncoder
{
    OutputKind Kind { get; }

    /// <summary>Encodes <paramref name="image"/> (8-bit RGB, or RGBA when <paramref name="hasAlpha"/>) to <paramref name="output"/>.</summary>
    void Encode(Image image, bool hasAlpha, int quality, Stream output);
}
