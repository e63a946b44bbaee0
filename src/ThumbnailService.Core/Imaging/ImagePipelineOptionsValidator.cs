using System.Globalization;

namespace ThumbnailService.Core.Imaging;

/// <summary>Checks pipeline options once, reporting every problem together.</summary>
internal static class ImagePipelineOptionsValidator
{
    public static void ThrowIfInvalid(ImagePipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.Presets is null || options.Presets.Count == 0)
        {
            problems.Add("at least one preset is required");
        }
        else
        {
            problems.AddRange(options.Presets
                .Where(p => p.Width < 1 || p.Height < 1)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"preset '{p.Name}' needs a box of at least 1x1 (got {p.Width}x{p.Height})")));
        }

        if (options.Quality is < 1 or > 100)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"quality must be 1..100 (got {options.Quality})"));
        }

        if (options.MaxSourcePixels < 1)
        {
            problems.Add("the pixel limit must be positive");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid image pipeline options: " + string.Join("; ", problems) + ".", nameof(options));
        }
    }
}
