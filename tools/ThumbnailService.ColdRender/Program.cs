using ThumbnailService.Codecs;
using ThumbnailService.Codecs.Heif;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;

namespace ThumbnailService.ColdRender;

/// <summary>
/// <c>coldrender INPUT_FILE OUTPUT_DIR PRESETS</c>: parses PRESETS as THUMBNAIL_PRESETS (JPEG output, default quality),
/// renders the file once with <see cref="ImagePipeline"/> and writes OUTPUT_DIR/&lt;preset&gt;.jpg. Exit 0, or 1 with
/// the reason on stderr.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: coldrender INPUT_FILE OUTPUT_DIR PRESETS   (PRESETS as THUMBNAIL_PRESETS, e.g. thumb:256x256:inside)");
            return 1;
        }

        try
        {
            Render(args[0], args[1], args[2]);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidConfigurationException or InvalidOperationException or ArgumentException)
        {
            Console.Error.WriteLine($"coldrender: {e.Message}");
            return 1;
        }
    }

    private static void Render(string input, string outputDirectory, string presets)
    {
        var options = ThumbnailOptionsParser.Parse(name => name switch
        {
            ConfigurationVariables.ThumbnailBucket => "local",
            ConfigurationVariables.Presets => presets,
            ConfigurationVariables.Format => "jpeg",
            _ => null,
        });
        ImageSharpAot.Prepare();
        var pipeline = HeifCodecs.Pipeline(options.Pipeline, StandardCodecs.All);
        RenderOutcome outcome;
        using (var stream = File.OpenRead(input))
        {
            outcome = pipeline.Render(stream, CancellationToken.None);
        }

        if (outcome is not RenderOutcome.Rendered rendered)
        {
            throw new InvalidOperationException($"'{input}' was rejected: {((RenderOutcome.Rejected)outcome).Detail}");
        }

        Directory.CreateDirectory(outputDirectory);
        foreach (var thumbnail in rendered.Thumbnails)
        {
            File.WriteAllBytes(OutputPath(outputDirectory, thumbnail.Preset.Name), thumbnail.Bytes.Span);
        }
    }

    /// <summary>OUTPUT_DIR/NAME.jpg; the parser already refuses names with separators, this refuses them again.</summary>
    private static string OutputPath(string outputDirectory, string presetName)
    {
        var fileName = presetName + ".jpg";
        if (Path.GetFileName(fileName) != fileName)
        {
            throw new InvalidOperationException($"preset name '{presetName}' is not a plain file name");
        }

        return Path.Join(outputDirectory, fileName);
    }
}
