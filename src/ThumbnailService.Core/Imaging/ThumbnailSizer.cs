using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Imaging;

/// <summary>Pure arithmetic: source size + preset (+ EXIF orientation) -> resize and crop. Never upscales.</summary>
public static class ThumbnailSizer
{
    /// <summary>True for EXIF orientations 5-8, whose upright image has width and height exchanged.</summary>
    public static bool Transposes(int orientation) => orientation is >= 5 and <= 8;

    /// <summary>
    /// Plans a preset against the image as stored (before orientation), so that resizing can happen before the
    /// (then cheap) orientation of the small result. The box applies to the upright image.
    /// </summary>
    public static ThumbnailPlan PlanStored(int storedWidth, int storedHeight, int orientation, Preset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return Transposes(orientation)
            ? Plan(storedHeight, storedWidth, preset.Width, preset.Height, preset.Fit).Transposed()
            : Plan(storedWidth, storedHeight, preset.Width, preset.Height, preset.Fit);
    }

    /// <summary>Plans a box of <paramref name="boxWidth"/> x <paramref name="boxHeight"/> against an upright source.</summary>
    public static ThumbnailPlan Plan(int sourceWidth, int sourceHeight, int boxWidth, int boxHeight, FitMode fit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sourceWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sourceHeight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(boxWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(boxHeight, 1);
        return fit == FitMode.Cover
            ? Cover(sourceWidth, sourceHeight, boxWidth, boxHeight)
            : Inside(sourceWidth, sourceHeight, boxWidth, boxHeight);
    }

    private static ThumbnailPlan Inside(int sw, int sh, int bw, int bh)
    {
        if (sw <= bw && sh <= bh)
        {
            return Whole(sw, sh);
        }

        // Compare bw/sw with bh/sh without rounding: the binding side gets the box size exactly.
        bool widthBinds = (long)bw * sh <= (long)bh * sw;
        return widthBinds
            ? Whole(bw, Scale(sh, bw, sw, bh))
            : Whole(Scale(sw, bh, sh, bw), bh);
    }

    private static ThumbnailPlan Cover(int sw, int sh, int bw, int bh)
    {
        if (sw <= bw || sh <= bh)
        {
            // Covering would upscale: keep the source scale and crop what overflows the box, centred.
            return Centred(sw, sh, Math.Min(sw, bw), Math.Min(sh, bh));
        }

        bool widthBinds = (long)bw * sh >= (long)bh * sw;
        return widthBinds
            ? Centred(bw, Math.Max(bh, Scale(sh, bw, sw, int.MaxValue)), bw, bh)
            : Centred(Math.Max(bw, Scale(sw, bh, sh, int.MaxValue)), bh, bw, bh);
    }

    /// <summary><paramref name="length"/> * <paramref name="numerator"/> / <paramref name="denominator"/>, rounded, in 1..max.</summary>
    private static int Scale(int length, int numerator, int denominator, int max)
    {
        long scaled = (((long)length * numerator * 2) + denominator) / (2L * denominator);
        return (int)Math.Clamp(scaled, 1, max);
    }

    private static ThumbnailPlan Whole(int width, int height) => new(width, height, 0, 0, width, height);

    private static ThumbnailPlan Centred(int resizeWidth, int resizeHeight, int width, int height) =>
        new(resizeWidth, resizeHeight, (resizeWidth - width) / 2, (resizeHeight - height) / 2, width, height);
}
