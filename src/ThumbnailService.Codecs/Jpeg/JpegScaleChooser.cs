using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Picks the DCT-domain decode scale: the largest denominator d in {8, 4, 2} such that ceil(w/d) x ceil(h/d) still
/// covers what every preset resizes the stored image to (<see cref="ThumbnailSizer.PlanStored"/>: the fit, cover's
/// overflow and the transposed box of EXIF orientations 5-8 included), else 1. The exact resize stays with ImageSharp.
/// </summary>
internal static class JpegScaleChooser
{
    public static int Denominator(int storedWidth, int storedHeight, int orientation, IReadOnlyList<Preset> presets)
    {
        ArgumentNullException.ThrowIfNull(presets);
        int needWidth = 0, needHeight = 0;
        foreach (Preset preset in presets)
        {
            ThumbnailPlan plan = ThumbnailSizer.PlanStored(storedWidth, storedHeight, orientation, preset);
            needWidth = Math.Max(needWidth, plan.ResizeWidth);
            needHeight = Math.Max(needHeight, plan.ResizeHeight);
        }

        foreach (int d in JpegScaledDecoder.Denominators)
        {
            if (JpegScaledDecoder.ScaledLength(storedWidth, d) >= needWidth && JpegScaledDecoder.ScaledLength(storedHeight, d) >= needHeight)
            {
                return d;
            }
        }

        return 1;
    }
}
