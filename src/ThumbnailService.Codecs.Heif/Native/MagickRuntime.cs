using ImageMagick;
using ImageMagick.Configuration;

namespace ThumbnailService.Codecs.Heif.Native;

/// <summary>
/// Loads and configures the native ImageMagick library once per process, on the first HEIF source (JPEG, PNG, GIF and
/// WebP never load it). Its configuration files go to a fresh per-process folder (Initialize does not overwrite files
/// that are already there, so a shared folder could hold someone else's policy), which is also ImageMagick's temporary
/// folder (decoding from memory writes one magick-* file there).
/// </summary>
internal static class MagickRuntime
{
    private static readonly Lock Gate = new();
    private static volatile bool s_initialized;

    /// <summary>Whether this process has loaded ImageMagick (tests: JPEG renders must leave it false).</summary>
    public static bool IsInitialized => s_initialized;

    /// <summary>Loads ImageMagick with our policy and limits the first time; afterwards returns at once.</summary>
    public static void EnsureInitialized(long maxSourcePixels)
    {
        if (s_initialized)
        {
            return;
        }

        lock (Gate)
        {
            if (s_initialized)
            {
                return;
            }

            string folder = Path.Combine(Path.GetTempPath(), $"thumbs-magick-{Environment.ProcessId}");
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true); // a previous process with our id left it: its files are not ours
            }

            Directory.CreateDirectory(folder);
            IConfigurationFiles configuration = ConfigurationFiles.Default;
            configuration.Policy.Data = MagickPolicy.Xml;
            MagickNET.Initialize(configuration, folder);
            MagickNET.SetTempDirectory(folder);
            MagickLimits.Apply(maxSourcePixels);
            s_initialized = true;
        }
    }
}
