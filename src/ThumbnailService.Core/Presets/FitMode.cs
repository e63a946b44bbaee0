namespace ThumbnailService.Core.Presets;

/// <summary>How a source is fitted into a preset's box.</summary>
public enum FitMode
{
    /// <summary>Scale to fit entirely inside the box, keeping the aspect ratio (no crop).</summary>
    Inside,

    /// <summary>Scale to cover the box and centre-crop the overflow: output is exactly the box (or smaller, never upscaled).</summary>
    Cover,
}
