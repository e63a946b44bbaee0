using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;
using ThumbnailService.Core.Imaging.Placeholders;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Makes every preset from one decoded source, largest first. Work happens in stored (un-oriented) space so the
/// full-size image is never rotated: each output is resized, cropped, then oriented while small.
/// Cascade rule: a preset is resized from the smallest earlier full-frame result at least twice its size in both
/// dimensions (2x keeps Lanczos3 output indistinguishable from resizing the source), otherwise from the source.
/// </summary>
internal sealed class PresetRenderer(IReadOnlyList<Preset> presets, OutputFormatPolicy policy, Color background, OutputEncoder encoder)
{
    private const int CascadeFactor = 2;

    /// <summary>
    /// Plans against <paramref name="stored"/>, the source's full stored size; <paramref name="source"/> may be a
    /// reduced-scale decode of it (at least as large as every plan's resize), which is resized to the same outputs.
    /// </summary>
    /// <param name="placeholder">The source's ThumbHash and colours, sampled from the smallest full frame made on the way.</param>
    public IReadOnlyList<RenderedThumbnail> RenderAll(
        Image source, Size stored, SourceImageInfo info, int orientation, out ImagePlaceholder placeholder, CancellationToken cancellationToken)
    {
        ThumbnailPlan[] plans = presets.Select(p => ThumbnailSizer.PlanStored(stored.Width, stored.Height, orientation, p)).ToArray();
        int[] largestFirst = Enumerable.Range(0, plans.Length).OrderByDescending(i => plans[i].ResizeArea).ToArray();
        OutputKind kind = OutputFormatChooser.Choose(policy, info.Format, info.HasAlpha);
        var results = new RenderedThumbnail[plans.Length];
        var frames = new Image[plans.Length];
        var intermediates = new List<Image>();
        try
        {
            // The resizes cascade (each may start from a larger result), so they run in order; crop, orient and encode
            // of each preset are independent and run in parallel when there is more than one core (Lambda >= 1769 MB).
            foreach (int i in largestFirst)
            {
                cancellationToken.ThrowIfCancellationRequested();
                frames[i] = ResizedFrame(source, plans[i], intermediates);
            }

            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, plans.Length, parallel, i => results[i] = Finish(frames[i], plans[i], presets[i], kind, info.HasAlpha));
            placeholder = PlaceholderSampler.Sample(frames);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count == 1)
        {
            // Keep the original exception type: the pipeline maps some of them to rejections.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(aggregate.InnerExceptions[0]);
            throw;
        }
        finally
        {
            intermediates.ForEach(image => image.Dispose());
        }

        return results;
    }

    private static Image ResizedFrame(Image source, ThumbnailPlan plan, List<Image> intermediates)
    {
        if (plan.ResizeWidth == source.Width && plan.ResizeHeight == source.Height)
        {
            return source;
        }

        Image? exact = intermediates.Find(image => image.Width == plan.ResizeWidth && image.Height == plan.ResizeHeight);
        if (exact is not null)
        {
            return exact;
        }

        Image from = intermediates.FindLast(image =>
            image.Width >= CascadeFactor * plan.ResizeWidth && image.Height >= CascadeFactor * plan.ResizeHeight) ?? source;
        Image resized = from.Clone(ctx => ctx.Resize(plan.ResizeWidth, plan.ResizeHeight, KnownResamplers.Lanczos3));
        intermediates.Add(resized);
        return resized;
    }

    private RenderedThumbnail Finish(Image frame, ThumbnailPlan plan, Preset preset, OutputKind kind, bool hasAlpha)
    {
        bool flatten = hasAlpha && kind == OutputKind.Jpeg;
        using Image output = frame.Clone(ctx =>
        {
            if (plan.NeedsCrop)
            {
                ctx.Crop(new Rectangle(plan.CropX, plan.CropY, plan.Width, plan.Height));
            }

            ctx.AutoOrient(); // reads the EXIF orientation the clone still carries; cheap at thumbnail size.
            if (flatten)
            {
                ctx.BackgroundColor(background);
            }
        });
        MetadataScrubber.Scrub(output);
        ReadOnlyMemory<byte> bytes = encoder.Encode(output, kind, hasAlpha && !flatten);
        return new RenderedThumbnail(preset, bytes, output.Width, output.Height, OutputFormatChooser.ContentType(kind));
    }
}
